extension WorkOrderChannel {
    /// The self-service channel of a browser: 手机网页 for a phone, 网站 otherwise. Only a statistics label,
    /// so a rough User-Agent test is enough; tablets count as the website.
    public static func forBrowser(userAgent: String?) -> WorkOrderChannel {
        guard let agent = userAgent else { return .web }
        let phone = ["iPhone", "iPod", "Mobile", "Mobi", "Android", "HarmonyOS", "Windows Phone"]
        let tablet = ["iPad", "Tablet"]
        if tablet.contains(where: agent.contains) { return .web }
        if agent.contains("Android") && !agent.contains("Mobile") { return .web }
        return phone.contains(where: agent.contains) ? .mobileWeb : .web
    }
}
