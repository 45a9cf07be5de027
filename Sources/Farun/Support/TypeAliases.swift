import FarunCore

// Fluent also has a PageRequest; inside Farun the name means the domain one.
typealias PageRequest = FarunCore.PageRequest
