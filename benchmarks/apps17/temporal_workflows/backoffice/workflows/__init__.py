from backoffice.workflows.documents import ContractReviewWorkflow, DocumentIngestWorkflow
from backoffice.workflows.invoice import InvoiceWorkflow, InvoiceWorkflowV1
from backoffice.workflows.nightly import NightlyBatchWorkflow, WeeklyReportWorkflow
from backoffice.workflows.triage import InboxTriageWorkflow

ALL_WORKFLOWS = [
    InvoiceWorkflow,
    InvoiceWorkflowV1,
    InboxTriageWorkflow,
    DocumentIngestWorkflow,
    ContractReviewWorkflow,
    NightlyBatchWorkflow,
    WeeklyReportWorkflow,
]
