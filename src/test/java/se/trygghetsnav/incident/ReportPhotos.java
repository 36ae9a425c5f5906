package se.trygghetsnav.incident;

/** Test photos. */
public final class ReportPhotos {

    private ReportPhotos() {}

    /** A 64 x 48 JPEG whose EXIF segment carries a recognisable GPS marker. */
    public static byte[] jpegWithGpsMarker() throws Exception {
        return ReportPagesTest.jpegWithGpsMarker();
    }
}
