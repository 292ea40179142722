select
    ticket_id,
    channel,
    subject,
    body,
    customer_locale,
    created_at
from {{ source('zendesk', 'tickets') }}
