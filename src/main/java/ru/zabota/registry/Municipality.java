package ru.zabota.registry;

import jakarta.persistence.*;

@Entity
public class Municipality {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;

    protected Municipality() {
    }

    public Municipality(String name) {
        this.name = name;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
}
