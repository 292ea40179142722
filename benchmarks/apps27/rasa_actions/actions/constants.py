SLOT_ACCOUNT_ID = "account_id"
SLOT_MSISDN = "phone_number"
SLOT_DEVICE = "device_model"
SLOT_ISSUE = "issue_description"
SLOT_ISSUE_CATEGORY = "issue_category"
SLOT_FRUSTRATION = "frustration_level"
SLOT_HANDOFF_SUMMARY = "handoff_summary"
SLOT_ADDRESS = "service_address"
SLOT_PLAN = "requested_plan"
SLOT_FAQ_SOURCES = "faq_sources"

HANDOFF_QUEUE_DEFAULT = "tier1"
HANDOFF_QUEUE_ESCALATION = "tier2_retention"

FRUSTRATION_ESCALATE_AT = 4
MAX_FALLBACKS_BEFORE_HANDOFF = 2
