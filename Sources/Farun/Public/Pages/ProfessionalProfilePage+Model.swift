import FarunCore
import Plot

enum ProfessionalProfilePage {
}
