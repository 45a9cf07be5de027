import FarunCore
import Plot

enum ServicePointDetailPage {
}
