"""Legacy graders kept until the Q3 dashboards are migrated. Do not add new code here."""
