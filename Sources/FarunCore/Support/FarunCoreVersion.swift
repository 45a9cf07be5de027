/// The version of the domain library.
public enum FarunCoreVersion {
    public static let value = "0.1.0"
}
