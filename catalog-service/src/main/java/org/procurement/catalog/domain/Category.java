package org.procurement.catalog.domain;

/** What kind of system a catalogue item is. */
public enum Category {
    ARTILLERY,
    AIR_DEFENSE,
    AMMUNITION,
    ARMORED_VEHICLE,
    RADAR_AND_SENSORS,
    COMMUNICATIONS,
    PROTECTIVE_EQUIPMENT,
    MEDICAL,
    LOGISTICS
}
