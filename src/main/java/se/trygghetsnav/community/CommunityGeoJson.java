package se.trygghetsnav.community;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Posts as a GeoJSON FeatureCollection for maps: the stored position, priority, a short text, the link. */
final class CommunityGeoJson {

    static final int EXCERPT = 140;

    private CommunityGeoJson() {}

    /** For members: each feature links to the post page. */
    static Map<String, Object> members(List<PostView> posts) {
        return collection(posts, true);
    }

    /** For the public map: no author names (only organisation badges), no links into the member pages. */
    static Map<String, Object> anonymous(List<PostView> posts) {
        return collection(posts, false);
    }

    private static Map<String, Object> collection(List<PostView> posts, boolean forMembers) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (PostView post : posts) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", post.id());
            properties.put("priority", post.priority().name());
            properties.put("body", excerpt(post.body()));
            properties.put("createdAt", post.createdAt().toString());
            properties.put("time", post.time());
            properties.put("exactPosition", post.exactPosition());
            if (post.badge() != null) {
                properties.put("badge", post.badge());
            }
            if (forMembers) {
                properties.put("authorName", post.authorName());
                properties.put("visibility", post.visibility().name());
                properties.put("url", "/samverkan/inlagg/" + post.id());
            }
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(post.longitude(), post.latitude())));
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    static String excerpt(String body) {
        String text = body.strip();
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1).strip() + "…";
    }
}
