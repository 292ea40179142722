from dagster import (
    DailyPartitionsDefinition,
    MultiPartitionsDefinition,
    StaticPartitionsDefinition,
    WeeklyPartitionsDefinition,
)

daily_partitions = DailyPartitionsDefinition(start_date="2024-03-01", timezone="UTC", end_offset=0)

weekly_partitions = WeeklyPartitionsDefinition(start_date="2024-03-04", timezone="UTC")

locale_partitions = StaticPartitionsDefinition(
    ["de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pl-PL", "ja-JP"]
)

daily_locale_partitions = MultiPartitionsDefinition(
    {"date": daily_partitions, "locale": locale_partitions}
)
