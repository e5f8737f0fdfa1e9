package ru.zabota.contract;

import jakarta.persistence.*;

/**
 * The recipient's drawn signature (PNG) of a confirmed delivery, one per delivery. It lives apart from
 * {@link Delivery} so that lists of deliveries (a contract card, the calendar) never load the images: it is
 * read only when the image itself is asked for.
 */
@Entity
@Table(name = "delivery_signature")
public class DeliverySignature {
    @Id
    @Column(name = "delivery_id")
    private Long deliveryId;
    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delivery_id")
    private Delivery delivery;
    private byte[] image;

    protected DeliverySignature() {
    }

    DeliverySignature(Delivery delivery, byte[] image) {
        this.delivery = delivery;
        this.image = image;
    }

    public Long getDeliveryId() { return deliveryId; }
    public byte[] getImage() { return image; }
}
