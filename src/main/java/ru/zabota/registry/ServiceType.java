package ru.zabota.registry;

import jakarta.persistence.*;

/** Dictionary entry: one social service with its kind and unit of volume. */
@Entity
public class ServiceType {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private ServiceKind kind;
    private String unit;

    protected ServiceType() {
    }

    public ServiceType(String code, String name, ServiceKind kind, String unit) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.unit = unit;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public ServiceKind getKind() { return kind; }
    public String getUnit() { return unit; }
}
