package se.trygghetsnav.incident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.analysis.GetisOrd;
import se.trygghetsnav.analysis.HexGrid;
import se.trygghetsnav.analysis.Significance;
import se.trygghetsnav.municipality.Area;
import se.trygghetsnav.municipality.GeoJsonGeometry;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;
import se.trygghetsnav.platform.Role;

/**
 * Hot spot analysis: reports are counted per stored H3 cell in SQL (never loaded one by one),
 * rolled up to the chosen resolution, and every cell of the study region (the municipality's
 * areas and localities, and wherever reports are) takes part, zeros included, in Getis-Ord Gi*.
 */
@Service
public class HotspotService {

    static final int MAX_STUDY_CELLS = 400_000;
    private static final GeometryFactory SHAPES = new GeometryFactory();

    private final JdbcClient jdbc;
    private final MunicipalityService municipalities;

    HotspotService(JdbcClient jdbc, MunicipalityService municipalities) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
    }

    public HotspotAnalysis analyse(Actor actor, HotspotQuery query) {
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.MANAGER);
        validate(query);
        String municipality = actor.municipalityCode();
        Map<Long, Long> counts = countsPerCell(municipality, query);
        List<Long> study = studyRegion(municipality, counts.keySet(), query);
        Map<Long, Integer> index = new HashMap<>(study.size() * 2);
        for (int i = 0; i < study.size(); i++) {
            index.put(study.get(i), i);
        }
        double[] values = new double[study.size()];
        int[][] neighbours = new int[study.size()][];
        long reports = 0;
        for (int i = 0; i < study.size(); i++) {
            long count = counts.getOrDefault(study.get(i), 0L);
            values[i] = count;
            reports += count;
            neighbours[i] = HexGrid.ring(study.get(i), query.ring()).stream()
                    .map(index::get).filter(Objects::nonNull).mapToInt(Integer::intValue).toArray();
        }
        double[] z = GetisOrd.giStar(values, neighbours);
        int[] bins = query.fdr() ? Significance.binsWithFdr(z) : Significance.bins(z);

        List<Area> areas = municipalities.areas(municipality);
        List<HotspotAnalysis.Cell> cells = new ArrayList<>();
        for (int i = 0; i < study.size(); i++) {
            if (values[i] > 0 || bins[i] != 0) {
                double[] centre = HexGrid.centre(study.get(i));
                cells.add(new HotspotAnalysis.Cell(HexGrid.address(study.get(i)), (long) values[i], z[i], Significance.pValue(z[i]),
                        bins[i], bins[i] > 0 ? areaName(areas, study.get(i)) : null, centre[0], centre[1]));
            }
        }
        List<HotspotAnalysis.Cell> hotSpots = cells.stream().filter(c -> c.bin() > 0)
                .sorted(Comparator.comparingDouble(HotspotAnalysis.Cell::z).reversed()).toList();
        return new HotspotAnalysis(query, study.size(), reports, cells, hotSpots);
    }

    /** Report counts per cell at the query's resolution, grouped by the stored cell in SQL. */
    private Map<Long, Long> countsPerCell(String municipality, HotspotQuery query) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT h3_cell, count(*) AS reports FROM incident_report
                        WHERE municipality_code = :m AND h3_cell IS NOT NULL
                          AND occurred_from >= :from AND occurred_from < :to
                          AND (CAST(:categories AS bigint[]) IS NULL OR category_id = ANY (CAST(:categories AS bigint[])))
                          AND (CAST(:organisation AS bigint) IS NULL OR organisation_id = CAST(:organisation AS bigint))
                        GROUP BY h3_cell
                        """)
                .param("m", municipality)
                .param("from", IncidentService.startOf(query.from()))
                .param("to", IncidentService.startOf(query.to().plusDays(1)))
                .param("categories", query.categoryIds().isEmpty() ? null : query.categoryIds().toArray(Long[]::new))
                .param("organisation", query.organisationId())
                .query((rs, row) -> counts.merge(HexGrid.parent(rs.getLong(1), query.resolution()), rs.getLong(2), Long::sum))
                .list();
        return counts;
    }

    /**
     * The cells that take part: those covering the municipality's areas, a box around its
     * localities and areas (its extent as far as we know it), and every cell with reports.
     */
    private List<Long> studyRegion(String municipality, Set<Long> withReports, HotspotQuery query) {
        Set<Long> region = new LinkedHashSet<>();
        double[] box = {90, 180, -90, -180};
        for (Area area : municipalities.areas(municipality)) {
            for (GeoJsonGeometry.NamedShape shape : GeoJsonGeometry.read(area.geometry())) {
                for (Geometry part : parts(shape.geometry())) {
                    Coordinate[] ring = ((Polygon) part).getExteriorRing().getCoordinates();
                    double[][] points = new double[ring.length][];
                    for (int i = 0; i < ring.length; i++) {
                        points[i] = new double[] {ring[i].y, ring[i].x};
                    }
                    region.addAll(HexGrid.cover(points, query.resolution()));
                }
            }
            extend(box, area.minLatitude(), area.minLongitude());
            extend(box, area.maxLatitude(), area.maxLongitude());
        }
        municipalities.localities(municipality).forEach(l -> extend(box, l.latitude(), l.longitude()));
        if (box[0] <= box[2]) {
            double pad = 0.01;
            double[][] rectangle = {{box[0] - pad, box[1] - pad}, {box[0] - pad, box[3] + pad}, {box[2] + pad, box[3] + pad},
                    {box[2] + pad, box[1] - pad}, {box[0] - pad, box[1] - pad}};
            List<Long> extent = HexGrid.cover(rectangle, query.resolution());
            if (extent.size() + region.size() <= MAX_STUDY_CELLS) {
                region.addAll(extent);
            }
        }
        region.addAll(withReports);
        if (region.size() > MAX_STUDY_CELLS) {
            throw new InvalidInputException(List.of(new InputProblem("resolution",
                    "Området blir för stort för den upplösningen (" + region.size() + " celler); välj en grövre upplösning")));
        }
        return new ArrayList<>(region);
    }

    private static List<Geometry> parts(Geometry geometry) {
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            parts.add(geometry.getGeometryN(i));
        }
        return parts;
    }

    private static void extend(double[] box, double latitude, double longitude) {
        box[0] = Math.min(box[0], latitude);
        box[1] = Math.min(box[1], longitude);
        box[2] = Math.max(box[2], latitude);
        box[3] = Math.max(box[3], longitude);
    }

    /** The area that covers most of the hexagon, if any overlaps it. */
    private static String areaName(List<Area> areas, long cell) {
        double[][] corners = HexGrid.boundary(cell);
        Coordinate[] ring = new Coordinate[corners.length + 1];
        for (int i = 0; i < corners.length; i++) {
            ring[i] = new Coordinate(corners[i][1], corners[i][0]);
        }
        ring[corners.length] = ring[0];
        Geometry hexagon = SHAPES.createPolygon(ring);
        Envelope box = hexagon.getEnvelopeInternal();
        String best = null;
        double bestOverlap = 0;
        for (Area area : areas) {
            if (area.maxLatitude() < box.getMinY() || area.minLatitude() > box.getMaxY()
                    || area.maxLongitude() < box.getMinX() || area.minLongitude() > box.getMaxX()) {
                continue;
            }
            double overlap = GeoJsonGeometry.read(area.geometry()).get(0).geometry().intersection(hexagon).getArea();
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = area.name();
            }
        }
        return best;
    }

    private static void validate(HotspotQuery query) {
        List<InputProblem> problems = new ArrayList<>();
        if (query.resolution() < HexGrid.COARSEST || query.resolution() > HexGrid.STORED_RESOLUTION) {
            problems.add(new InputProblem("resolution", "Upplösningen ska vara mellan 7 och 10"));
        }
        if (query.ring() < 1 || query.ring() > 2) {
            problems.add(new InputProblem("ring", "Grannskapet ska vara ring 1 eller 2"));
        }
        if (query.to().isBefore(query.from())) {
            problems.add(new InputProblem("to", "Slutdatum ligger före startdatum"));
        }
        if (query.from().plusYears(10).isBefore(query.to())) {
            problems.add(new InputProblem("from", "Perioden får vara högst tio år"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
