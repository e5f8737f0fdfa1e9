package ru.zabota.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A category of the catalog (вид услуги): «Социальное такси», «Уборка жилья» … A dictionary seeded by V10. */
@Entity
@Table(name = "catalog_category")
public class CatalogCategory {
    @Id
    private Long id;
    private String code;
    private String name;
    private String description;
    private int sortOrder;

    protected CatalogCategory() {
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public int getSortOrder() { return sortOrder; }
}
