$(function () {
    function AIAssistViewModel(parameters) {
        var self = this;
        self.question = ko.observable("");
        self.answer = ko.observable("");
        self.busy = ko.observable(false);
        self.ask = function () {
            self.busy(true);
            OctoPrint.simpleApiCommand("aiassist", "ask", {question: self.question()});
        };
        self.onDataUpdaterPluginMessage = function (plugin, data) {
            if (plugin !== "aiassist") return;
            if (data.type === "job_done" && data.result) {
                self.answer(typeof data.result === "string" ? data.result : data.result.explanation);
                self.busy(false);
            }
        };
    }
    OCTOPRINT_VIEWMODELS.push({construct: AIAssistViewModel, elements: ["#sidebar_plugin_aiassist_wrapper"]});
});
