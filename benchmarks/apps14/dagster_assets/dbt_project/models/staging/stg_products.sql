select
    sku,
    title,
    description,
    brand,
    category_path,
    updated_at
from {{ source('shop', 'products') }}
where is_active
