from masonite.providers import Provider

from app.commands.BackfillSummaries import BackfillSummaries
from app.commands.ReindexEmbeddings import ReindexEmbeddings
from app.commands.ScoreLeads import ScoreLeads
from app.services.reporting import PipelineReportGenerator


class AppProvider(Provider):
    def __init__(self, application):
        self.application = application

    def register(self):
        self.application.bind("reports", PipelineReportGenerator())
        self.application.make("commands").add(
            BackfillSummaries(self.application),
            ReindexEmbeddings(self.application),
            ScoreLeads(),
        )

    def boot(self):
        pass
