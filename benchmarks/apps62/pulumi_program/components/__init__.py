from components.dashboard import OpsDashboard
from components.database import Database, DatabaseArgs
from components.network import Network, NetworkArgs
from components.release import ReleasePipeline
from components.service import WebService, WebServiceArgs

__all__ = ["Database", "DatabaseArgs", "Network", "NetworkArgs", "OpsDashboard", "ReleasePipeline", "WebService", "WebServiceArgs"]
