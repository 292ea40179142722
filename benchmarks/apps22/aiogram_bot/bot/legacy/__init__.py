"""Code from the aiogram 2 bot (2022-2023).  Still imported by a few places;
do not add new features here.  See LP-388 for the migration plan."""
