from sources.contracts import contracts_source
from sources.documents import knowledge_base
from sources.feedback import nps_feedback
from sources.tickets import support_source

__all__ = ["contracts_source", "knowledge_base", "nps_feedback", "support_source"]
