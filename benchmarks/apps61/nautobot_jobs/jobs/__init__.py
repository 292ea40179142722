"""Jobs loaded from the Git repository."""

from nautobot.apps.jobs import register_jobs

from .audit_configs import AuditConfigs, ExplainConfig, FleetAuditDigest
from .change_plans import DraftChangePlan, SuggestRemediation
from .incident_jobs import PostIncidentReview, QuickIncidentBlurb, SummariseIncident
from .syslog_jobs import ClassifySyslog, ExplainSyslogLine, WarmLocalModel

jobs = [
    AuditConfigs,
    ExplainConfig,
    FleetAuditDigest,
    DraftChangePlan,
    SuggestRemediation,
    SummariseIncident,
    PostIncidentReview,
    QuickIncidentBlurb,
    ClassifySyslog,
    ExplainSyslogLine,
    WarmLocalModel,
]

register_jobs(*jobs)
