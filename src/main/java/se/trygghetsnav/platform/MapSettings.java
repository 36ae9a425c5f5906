package se.trygghetsnav.platform;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The map background: a tile server URL template and its attribution. OpenStreetMap by default;
 * a municipality can point it at its own tile server. Pages work without tiles (empty background).
 */
@ConfigurationProperties("trygghetsnav.map")
public record MapSettings(String tileUrl, String attribution) {

    public MapSettings {
        tileUrl = tileUrl == null || tileUrl.isBlank() ? "https://tile.openstreetmap.org/{z}/{x}/{y}.png" : tileUrl;
        attribution = attribution == null ? "© OpenStreetMap-bidragsgivare" : attribution;
    }

    /** scheme://host[:port] of the tile server, for the Content-Security-Policy. */
    public String tileOrigin() {
        URI uri = URI.create(tileUrl.replace("{s}", "a").replace("{z}", "0").replace("{x}", "0").replace("{y}", "0"));
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
