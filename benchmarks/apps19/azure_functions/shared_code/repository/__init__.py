from shared_code.repository.documents_repo import DocumentRepository
from shared_code.repository.models import DocumentRecord, EnrichmentResult

__all__ = ["DocumentRepository", "DocumentRecord", "EnrichmentResult"]
