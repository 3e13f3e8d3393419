package org.procurement.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where the equipment is to be delivered: an ISO 3166 alpha-2 country and a place within it. */
@Embeddable
public class DeliveryDestination {

    @Column(name = "destination_country")
    private String country;
    @Column(name = "destination_location")
    private String location;

    protected DeliveryDestination() {
    }

    public DeliveryDestination(String country, String location) {
        this.country = country;
        this.location = location;
    }

    public String country() {
        return country;
    }

    public String location() {
        return location;
    }
}
