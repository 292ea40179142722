"""Document persistence on Azure Table Storage."""

from __future__ import annotations

import logging
from typing import Iterator, List, Optional

from azure.core.exceptions import ResourceExistsError, ResourceNotFoundError
from azure.data.tables import TableServiceClient, UpdateMode

from shared_code.repository.models import DocumentRecord
from shared_code.settings import get_settings

logger = logging.getLogger(__name__)


class DocumentRepository:
    def __init__(self, service: TableServiceClient, table_name: str) -> None:
        self._service = service
        self._table_name = table_name
        self._table = service.get_table_client(table_name)

    @classmethod
    def from_settings(cls) -> "DocumentRepository":
        settings = get_settings()
        service = TableServiceClient.from_connection_string(settings.table_connection or "")
        return cls(service, settings.documents_table)

    def ensure_table(self) -> None:
        try:
            self._service.create_table(self._table_name)
        except ResourceExistsError:
            pass

    def create(self, record: DocumentRecord) -> DocumentRecord:
        """Insert a new document; raises if it already exists."""
        self._table.create_entity(entity=record.to_entity())
        logger.info("Created document %s/%s", record.tenant_id, record.document_id)
        return record

    def upsert(self, record: DocumentRecord) -> DocumentRecord:
        self._table.upsert_entity(entity=record.to_entity(), mode=UpdateMode.MERGE)
        return record

    def get(self, tenant_id: str, document_id: str) -> Optional[DocumentRecord]:
        try:
            entity = self._table.get_entity(partition_key=tenant_id, row_key=document_id)
        except ResourceNotFoundError:
            return None
        return DocumentRecord.from_entity(entity)

    def list_by_status(self, status: str, limit: int = 500) -> Iterator[DocumentRecord]:
        query = "Status eq @status"
        entities = self._table.query_entities(query, parameters={"status": status}, results_per_page=100)
        for count, entity in enumerate(entities):
            if count >= limit:
                break
            yield DocumentRecord.from_entity(entity)

    def list_for_tenant(self, tenant_id: str) -> List[DocumentRecord]:
        entities = self._table.query_entities("PartitionKey eq @pk", parameters={"pk": tenant_id})
        return [DocumentRecord.from_entity(e) for e in entities]

    def mark_status(self, tenant_id: str, document_id: str, status: str, **extra) -> None:
        patch = {"PartitionKey": tenant_id, "RowKey": document_id, "Status": status}
        patch.update(extra)
        self._table.update_entity(entity=patch, mode=UpdateMode.MERGE)
