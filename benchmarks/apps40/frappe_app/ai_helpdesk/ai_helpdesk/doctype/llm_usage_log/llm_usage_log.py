# Copyright (c) 2024, Northwind Support Engineering and contributors
# For license information, please see license.txt

import frappe
from frappe.model.document import Document
from frappe.utils import add_days, flt, nowdate


class LLMUsageLog(Document):
    def before_insert(self):
        self.total_tokens = (self.input_tokens or 0) + (self.output_tokens or 0)

    @staticmethod
    def clear_old_logs(days=90):
        table = frappe.qb.DocType("LLM Usage Log")
        frappe.db.delete(table, filters=(table.creation < add_days(nowdate(), -days)))


@frappe.whitelist()
def month_to_date_cost():
    rows = frappe.get_all(
        "LLM Usage Log",
        filters={"creation": [">=", nowdate()[:8] + "01"]},
        fields=["provider", "sum(cost_usd) as cost"],
        group_by="provider",
    )
    return {r.provider: flt(r.cost, 4) for r in rows}
