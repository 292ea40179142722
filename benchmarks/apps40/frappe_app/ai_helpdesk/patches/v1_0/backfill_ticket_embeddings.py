from concurrent.futures import ThreadPoolExecutor

import frappe

from ai_helpdesk.llm.clients import get_openai_client

MODEL = "text-embedding-3-small"


def execute():
    if not frappe.db.has_column("Support Ticket", "embedding"):
        return
    rows = frappe.get_all(
        "Support Ticket", filters={"embedding": ["is", "not set"]}, fields=["name", "subject", "description"]
    )
    if not rows:
        return
    client = get_openai_client()
    batches = [rows[i : i + 100] for i in range(0, len(rows), 100)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [
            pool.submit(
                client.embeddings.create,
                model=MODEL,
                input=[f"{r.subject}\n{r.description or ''}"[:8000] for r in batch],
            )
            for batch in batches
        ]
        for batch, fut in zip(batches, futures):
            resp = fut.result()
            for row, item in zip(batch, resp.data):
                frappe.db.set_value(
                    "Support Ticket", row.name, "embedding", frappe.as_json(item.embedding), update_modified=False
                )
    frappe.db.commit()
