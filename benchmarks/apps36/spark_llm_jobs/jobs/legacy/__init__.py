# Legacy jobs from the 2023 pipeline. Scheduled for removal after the Q3 migration (DATA-2291).
