package se.trygghetsnav.community;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory index of alert circles (alert zones and shared positions) in SWEREF 99 TM metres, answering "which users
 * cover this point?" in microseconds.
 *
 * <p>A hierarchy of uniform grids: level L has square cells of {@code smallestCell * 2^L} metres, and a circle goes
 * into the first level whose cell side is at least its radius, registered in each cell of that level its disc
 * overlaps (at most 9, usually 2 to 4). A query looks in the one cell holding the point on each level in use and
 * checks the exact squared distance against the circles registered there. So a 5 km zone costs a handful of
 * registrations rather than a hundred, and a 150 m zone is not scanned by every query in a kilometre-wide cell.
 * Cells keep their circles in primitive arrays (no boxing), one slot of 32 bytes per circle and cell.
 *
 * <p>Thread-safe. Queries take no lock: each cell publishes an immutable-length snapshot through a volatile field;
 * writers (serialised on this index) only append beyond the length readers know of or mark a slot as removed, and
 * compact into new arrays. A query therefore sees, for each cell, a state before or after any concurrent write.
 */
public final class ZoneIndex {

    /** Default side in metres of the cells of the finest level. */
    public static final int DEFAULT_CELL_METRES = 125;

    /** Largest radius accepted (alert zones are at most 5 km; this only guards against runaway registrations). */
    public static final int MAX_RADIUS_METRES = 100_000;

    private static final long[] NO_USERS = new long[0];
    private static final int REMOVED = -1;

    private static final int LEVELS = 16;

    private final double[] cellMetres = new double[LEVELS];
    @SuppressWarnings("unchecked")
    private final ConcurrentHashMap<Long, Cell>[] levels = new ConcurrentHashMap[LEVELS];
    /** Bit L set: level L has (or had) circles; readers skip the others. */
    private volatile int levelsInUse;

    // Entry table, touched by writers only (under the lock of this index).
    private final LongIntMap slotByEntry = new LongIntMap();
    private long[] entryIds = new long[16];
    private long[] userIds = new long[16];
    private double[] easts = new double[16];
    private double[] norths = new double[16];
    private int[] radii = new int[16];
    private int[] freeSlots = new int[16];
    private int freeCount;
    private int slotCount;
    private volatile int size;

    public ZoneIndex() {
        this(DEFAULT_CELL_METRES);
    }

    /** An index with another side of the finest cells (for tuning and benchmarks). */
    public ZoneIndex(int smallestCellMetres) {
        if (smallestCellMetres < 10) {
            throw new IllegalArgumentException("smallestCellMetres must be at least 10: " + smallestCellMetres);
        }
        for (int level = 0; level < LEVELS; level++) {
            cellMetres[level] = smallestCellMetres * (double) (1L << level);
            levels[level] = new ConcurrentHashMap<>();
        }
    }

    /**
     * Registers (or replaces) the circle of an entry: an alert zone (positive id) or a shared position (-userId).
     *
     * @param east SWEREF 99 TM easting in metres
     * @param north SWEREF 99 TM northing in metres
     */
    public void put(long entryId, long userId, double east, double north, int radiusMetres) {
        if (!Double.isFinite(east) || !Double.isFinite(north)) {
            throw new IllegalArgumentException("coordinates must be finite");
        }
        if (radiusMetres < 0 || radiusMetres > MAX_RADIUS_METRES) {
            throw new IllegalArgumentException("radius out of range: " + radiusMetres);
        }
        synchronized (this) {
            int slot = slotByEntry.get(entryId);
            if (slot >= 0) {
                unregister(slot);
            } else {
                slot = newSlot();
                slotByEntry.put(entryId, slot);
                size++;
            }
            entryIds[slot] = entryId;
            userIds[slot] = userId;
            easts[slot] = east;
            norths[slot] = north;
            radii[slot] = radiusMetres;
            register(slot);
        }
    }

    /** Removes an entry; nothing happens when it is not there. */
    public void remove(long entryId) {
        synchronized (this) {
            int slot = slotByEntry.remove(entryId);
            if (slot < 0) {
                return;
            }
            unregister(slot);
            if (freeCount == freeSlots.length) {
                freeSlots = Arrays.copyOf(freeSlots, freeSlots.length * 2);
            }
            freeSlots[freeCount++] = slot;
            size--;
        }
    }

    /** The distinct users with at least one circle containing the point (distance at most the radius). */
    public long[] usersCovering(double east, double north) {
        if (!Double.isFinite(east) || !Double.isFinite(north)) {
            return NO_USERS;
        }
        long[] found = null;
        int count = 0;
        int inUse = levelsInUse;
        for (int level = 0; inUse != 0; level++, inUse >>>= 1) {
            if ((inUse & 1) == 0) {
                continue;
            }
            Cell cell = levels[level].get(cellKey(cellOf(east, level), cellOf(north, level)));
            if (cell == null) {
                continue;
            }
            Snapshot s = cell.snapshot;
            for (int i = 0; i < s.length; i++) {
                int r = s.radius[i];
                if (r < 0) {
                    continue;
                }
                double dx = east - s.east[i];
                double dy = north - s.north[i];
                if (dx * dx + dy * dy <= (double) r * r) {
                    if (found == null) {
                        found = new long[64];
                    } else if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = s.user[i];
                }
            }
        }
        if (count == 0) {
            return NO_USERS;
        }
        return distinct(found, count);
    }

    /** Number of entries (circles) in the index. */
    public int size() {
        return size;
    }

    /** Number of (cell, circle) registrations, for memory estimates. */
    public long registrations() {
        long total = 0;
        for (ConcurrentHashMap<Long, Cell> cells : levels) {
            for (Cell cell : cells.values()) {
                total += cell.snapshot.live;
            }
        }
        return total;
    }

    // --- writers (called holding the lock of this index) ---

    private int newSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotCount == entryIds.length) {
            int capacity = entryIds.length * 2;
            entryIds = Arrays.copyOf(entryIds, capacity);
            userIds = Arrays.copyOf(userIds, capacity);
            easts = Arrays.copyOf(easts, capacity);
            norths = Arrays.copyOf(norths, capacity);
            radii = Arrays.copyOf(radii, capacity);
        }
        return slotCount++;
    }

    private void register(int slot) {
        double east = easts[slot];
        double north = norths[slot];
        int radius = radii[slot];
        int level = levelFor(radius);
        ConcurrentHashMap<Long, Cell> cells = levels[level];
        forEachCell(east, north, radius, level, key -> cells.computeIfAbsent(key, k -> new Cell()).add(slot, userIds[slot], east, north, radius));
        levelsInUse |= 1 << level;
    }

    private void unregister(int slot) {
        int level = levelFor(radii[slot]);
        ConcurrentHashMap<Long, Cell> cells = levels[level];
        forEachCell(easts[slot], norths[slot], radii[slot], level, key -> {
            Cell cell = cells.get(key);
            if (cell != null && cell.removeSlot(slot)) {
                cells.remove(key);
            }
        });
    }

    private interface CellAction {
        void apply(long key);
    }

    /** The first level whose cells are at least as wide as the radius. */
    private int levelFor(int radius) {
        int level = 0;
        while (level < LEVELS - 1 && cellMetres[level] < radius) {
            level++;
        }
        return level;
    }

    /** Every cell of the level whose closed square lies within the radius of the centre. */
    private void forEachCell(double east, double north, int radius, int level, CellAction action) {
        double side = cellMetres[level];
        // One extra cell on each side guards against rounding; the exact rectangle test below decides.
        long minX = cellOf(east - radius, level) - 1;
        long maxX = cellOf(east + radius, level) + 1;
        long minY = cellOf(north - radius, level) - 1;
        long maxY = cellOf(north + radius, level) + 1;
        double r2 = (double) radius * radius;
        for (long cx = minX; cx <= maxX; cx++) {
            double x0 = cx * side;
            double dx = east - Math.max(x0, Math.min(east, x0 + side));
            for (long cy = minY; cy <= maxY; cy++) {
                double y0 = cy * side;
                double dy = north - Math.max(y0, Math.min(north, y0 + side));
                if (dx * dx + dy * dy <= r2) {
                    action.apply(cellKey(cx, cy));
                }
            }
        }
    }

    private long cellOf(double metres, int level) {
        return (long) Math.floor(metres / cellMetres[level]);
    }

    private static Long cellKey(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }

    private static long[] distinct(long[] found, int count) {
        if (count == 1) {
            return new long[] {found[0]};
        }
        // Open addressing with linear probing; 0 marks an empty bucket, so user id 0 is tracked apart.
        int capacity = Integer.highestOneBit(count * 2 - 1) << 1;
        long[] table = new long[capacity];
        int mask = capacity - 1;
        boolean zeroSeen = false;
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            long user = found[i];
            if (user == 0) {
                if (!zeroSeen) {
                    zeroSeen = true;
                    found[distinct++] = user;
                }
                continue;
            }
            int bucket = mix(user) & mask;
            while (true) {
                long present = table[bucket];
                if (present == 0) {
                    table[bucket] = user;
                    found[distinct++] = user;
                    break;
                }
                if (present == user) {
                    break;
                }
                bucket = (bucket + 1) & mask;
            }
        }
        return distinct == found.length ? found : Arrays.copyOf(found, distinct);
    }

    private static int mix(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** The circles registered in one grid cell. */
    private static final class Cell {

        private volatile Snapshot snapshot = Snapshot.EMPTY;

        /** Appends a circle; only the writer lock holder calls this. */
        void add(int slot, long user, double east, double north, int radius) {
            Snapshot s = snapshot;
            if (s.length == s.radius.length) {
                s = s.compacted(Math.max(4, s.live + (s.live >> 1) + 1));
            }
            int i = s.length;
            s.slot[i] = slot;
            s.user[i] = user;
            s.east[i] = east;
            s.north[i] = north;
            s.radius[i] = radius;
            // Publishing the longer snapshot makes the slot visible to readers after its fields are written.
            snapshot = new Snapshot(s, i + 1, s.live + 1);
        }

        /** Marks the circle of a slot as removed; true when the cell became empty. */
        boolean removeSlot(int slot) {
            Snapshot s = snapshot;
            for (int i = 0; i < s.length; i++) {
                if (s.slot[i] == slot && s.radius[i] != REMOVED) {
                    s.radius[i] = REMOVED;
                    int live = s.live - 1;
                    if (live == 0) {
                        snapshot = Snapshot.EMPTY;
                        return true;
                    }
                    Snapshot next = new Snapshot(s, s.length, live);
                    snapshot = live * 2 < s.length && s.length > 16 ? next.compacted(live * 2) : next;
                    return false;
                }
            }
            return false;
        }
    }

    /**
     * A cell's arrays and how many slots readers may look at. Arrays are shared between snapshots; slots below
     * {@code length} only ever change from a circle to {@link #REMOVED}.
     */
    private static final class Snapshot {

        static final Snapshot EMPTY = new Snapshot(new int[0], new long[0], new double[0], new double[0], new int[0], 0, 0);

        final int[] slot;
        final long[] user;
        final double[] east;
        final double[] north;
        final int[] radius;
        final int length;
        final int live;

        Snapshot(int[] slot, long[] user, double[] east, double[] north, int[] radius, int length, int live) {
            this.slot = slot;
            this.user = user;
            this.east = east;
            this.north = north;
            this.radius = radius;
            this.length = length;
            this.live = live;
        }

        Snapshot(Snapshot arrays, int length, int live) {
            this(arrays.slot, arrays.user, arrays.east, arrays.north, arrays.radius, length, live);
        }

        /** A copy into new arrays of the given capacity without the removed slots. */
        Snapshot compacted(int capacity) {
            int[] newSlot = new int[capacity];
            long[] newUser = new long[capacity];
            double[] newEast = new double[capacity];
            double[] newNorth = new double[capacity];
            int[] newRadius = new int[capacity];
            int n = 0;
            for (int i = 0; i < length; i++) {
                if (radius[i] != REMOVED) {
                    newSlot[n] = slot[i];
                    newUser[n] = user[i];
                    newEast[n] = east[i];
                    newNorth[n] = north[i];
                    newRadius[n] = radius[i];
                    n++;
                }
            }
            return new Snapshot(newSlot, newUser, newEast, newNorth, newRadius, n, n);
        }
    }

    /** A map from long keys to non-negative int values with open addressing (no boxing); -1 means absent. */
    static final class LongIntMap {

        private long[] keys = new long[16];
        private int[] values = new int[16];
        private boolean[] used = new boolean[16];
        private int count;

        int get(long key) {
            int mask = keys.length - 1;
            for (int i = mix(key) & mask; used[i]; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
            }
            return -1;
        }

        void put(long key, int value) {
            if ((count + 1) * 4 > keys.length * 3) {
                grow();
            }
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            while (used[i]) {
                if (keys[i] == key) {
                    values[i] = value;
                    return;
                }
                i = (i + 1) & mask;
            }
            used[i] = true;
            keys[i] = key;
            values[i] = value;
            count++;
        }

        int remove(long key) {
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            while (used[i]) {
                if (keys[i] == key) {
                    int value = values[i];
                    deleteAt(i);
                    count--;
                    return value;
                }
                i = (i + 1) & mask;
            }
            return -1;
        }

        /** Backward-shift deletion keeps probe chains intact without tombstones. */
        private void deleteAt(int hole) {
            int mask = keys.length - 1;
            int i = hole;
            while (true) {
                i = (i + 1) & mask;
                if (!used[i]) {
                    break;
                }
                int home = mix(keys[i]) & mask;
                // Move the entry back when its home is not cyclically within (hole, i].
                boolean between = hole <= i ? (home > hole && home <= i) : (home > hole || home <= i);
                if (!between) {
                    keys[hole] = keys[i];
                    values[hole] = values[i];
                    hole = i;
                }
            }
            used[hole] = false;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            count = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldUsed[i]) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }
    }
}
