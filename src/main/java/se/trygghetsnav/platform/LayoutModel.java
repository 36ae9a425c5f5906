package se.trygghetsnav.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final MapSettings mapSettings;

    LayoutModel(MapSettings mapSettings) {
        this.mapSettings = mapSettings;
    }

    @ModelAttribute("mapSettings")
    MapSettings mapSettings() {
        return mapSettings;
    }
}
