"""Schema version 1: every table a CoSafe project holds. Frozen once released:
later changes are new migrations, never edits here.

Conventions: every table has an INTEGER PRIMARY KEY ``fid`` (GeoPackage req. 119)
and a ``uuid``; records refer to each other by UUID (no foreign keys, so files
from several laptops merge in any order). Lists are JSON text; column types are
those the GeoPackage standard allows, and DATE/DATETIME values are checked to be
in the standard's formats (GDAL's validator reads them). Basemap features are bulk data owned by
their ``basemap_layers`` record and carry that layer's UUID instead of their own.
"""

from __future__ import annotations

_COMMON = """
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  created_at DATETIME NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', created_at) = created_at),
  updated_at DATETIME NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', updated_at) = updated_at),
  device_id TEXT NOT NULL"""

# table -> (geometry type or None, column DDL after the common columns, description)
TABLES: dict[str, tuple[str | None, str, str]] = {
    "workshops": (None, """
  title TEXT NOT NULL,
  held_on DATE CHECK (held_on IS NULL OR date(held_on) = held_on),
  place TEXT NOT NULL DEFAULT '',
  facilitator TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  votes_per_participant INTEGER NOT NULL DEFAULT 3 CHECK (votes_per_participant >= 0)""",
        "Participatory workshops"),
    "groups": (None, """
  workshop_uuid TEXT NOT NULL,
  name TEXT NOT NULL,
  colour TEXT NOT NULL""", "Working groups within a workshop"),
    "participants": (None, """
  workshop_uuid TEXT NOT NULL,
  group_uuid TEXT,
  code TEXT NOT NULL DEFAULT '',
  gender TEXT NOT NULL,
  age_band TEXT NOT NULL,
  role TEXT NOT NULL,
  disability TEXT,
  consent_given BOOLEAN NOT NULL DEFAULT 0,
  contact TEXT""", "Anonymous participants (demographics only)"),
    "basemap_layers": (None, """
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('vector', 'tiles', 'image')),
  source_name TEXT NOT NULL DEFAULT '',
  source_format TEXT NOT NULL DEFAULT '',
  style_class TEXT,
  visible BOOLEAN NOT NULL DEFAULT 1,
  opacity REAL NOT NULL DEFAULT 1.0 CHECK (opacity BETWEEN 0 AND 1),
  sort_order INTEGER NOT NULL DEFAULT 0,
  attribution TEXT NOT NULL DEFAULT '',
  feature_count INTEGER NOT NULL DEFAULT 0,
  data_table TEXT,
  placement TEXT NOT NULL DEFAULT '{}'""", "Basemap layers imported into the project"),
    "proposals": ("GEOMETRY", """
  geom GEOMETRY,
  workshop_uuid TEXT,
  group_uuid TEXT,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  cpted_principle TEXT,
  intervention_type TEXT,
  beneficiaries TEXT NOT NULL DEFAULT '[]',
  day_night TEXT NOT NULL DEFAULT 'both' CHECK (day_night IN ('day', 'night', 'both')),
  cost_estimate DOUBLE,
  status TEXT NOT NULL DEFAULT 'proposed'""", "Proposed public-space and CPTED changes"),
    "criteria_sets": (None, """
  name TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  based_on_uuid TEXT,
  is_active BOOLEAN NOT NULL DEFAULT 1""", "Versioned safety-audit criteria sets"),
    "criteria": (None, """
  set_uuid TEXT NOT NULL,
  key TEXT NOT NULL,
  label TEXT NOT NULL,
  good_means TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0,
  is_outcome BOOLEAN NOT NULL DEFAULT 0,
  retired BOOLEAN NOT NULL DEFAULT 0""", "Criteria of each criteria set"),
    "audit_walks": ("LINESTRING", """
  geom LINESTRING,
  workshop_uuid TEXT,
  group_uuid TEXT,
  title TEXT NOT NULL DEFAULT '',
  walked_on DATE CHECK (walked_on IS NULL OR date(walked_on) = walked_on),
  time_of_day TEXT NOT NULL CHECK (time_of_day IN ('day', 'dusk', 'night')),
  criteria_set_uuid TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT ''""", "Safety audit walks and their routes"),
    "audit_points": ("POINT", """
  geom POINT,
  walk_uuid TEXT NOT NULL,
  sequence INTEGER NOT NULL DEFAULT 0,
  comment TEXT NOT NULL DEFAULT ''""", "Scored places along audit walks"),
    "audit_scores": (None, """
  point_uuid TEXT NOT NULL,
  criterion_uuid TEXT NOT NULL,
  score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 3)""", "Scores 0-3 per audit point and criterion"),
    "checklist_answers": (None, """
  point_uuid TEXT NOT NULL,
  question TEXT NOT NULL,
  answer BOOLEAN,
  recommendation TEXT NOT NULL DEFAULT ''""", "Women's safety audit checklist answers"),
    "reason_tags": (None, """
  key TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL,
  retired BOOLEAN NOT NULL DEFAULT 0""", "Reasons people give for feeling safe or unsafe"),
    "perception_pins": ("POINT", """
  geom POINT,
  workshop_uuid TEXT,
  group_uuid TEXT,
  participant_uuid TEXT,
  feeling TEXT NOT NULL CHECK (feeling IN ('safe', 'unsafe')),
  scale INTEGER CHECK (scale IS NULL OR scale BETWEEN 1 AND 5),
  reason_tags TEXT NOT NULL DEFAULT '[]',
  story TEXT NOT NULL DEFAULT '',
  time_of_day TEXT NOT NULL CHECK (time_of_day IN ('day', 'dusk', 'night'))""",
        "Safe / unsafe perception pins"),
    "incidents": ("POINT", """
  geom POINT,
  category TEXT NOT NULL,
  occurred_on DATE CHECK (occurred_on IS NULL OR date(occurred_on) = occurred_on),
  source TEXT NOT NULL DEFAULT ''""", "Recorded incidents (official data, not perceptions)"),
    "stakeholders": (None, """
  name TEXT NOT NULL,
  sector TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  influence INTEGER NOT NULL CHECK (influence BETWEEN 1 AND 5),
  interest INTEGER NOT NULL CHECK (interest BETWEEN 1 AND 5),
  contact_person TEXT""", "Stakeholder register"),
    "actions": (None, """
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  cpted_principle TEXT,
  prevention_approach TEXT,
  responsible_uuid TEXT,
  timeframe TEXT,
  starts_on DATE CHECK (starts_on IS NULL OR date(starts_on) = starts_on),
  ends_on DATE CHECK (ends_on IS NULL OR date(ends_on) = ends_on),
  cost_estimate DOUBLE,
  priority INTEGER,
  priority_from_votes BOOLEAN NOT NULL DEFAULT 1,
  indicator TEXT NOT NULL DEFAULT '',
  baseline TEXT NOT NULL DEFAULT '',
  target TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'proposed'""", "Action plan"),
    "action_partners": (None, """
  action_uuid TEXT NOT NULL,
  stakeholder_uuid TEXT NOT NULL""", "Supporting partners of actions"),
    "action_links": (None, """
  action_uuid TEXT NOT NULL,
  target_table TEXT NOT NULL,
  target_uuid TEXT NOT NULL""", "Places an action addresses"),
    "votes": (None, """
  workshop_uuid TEXT,
  proposal_uuid TEXT NOT NULL,
  participant_uuid TEXT,
  group_uuid TEXT,
  dots INTEGER NOT NULL DEFAULT 1 CHECK (dots >= 1)""", "Dot votes on proposals"),
    "attachments": (None, """
  owner_table TEXT NOT NULL,
  owner_uuid TEXT NOT NULL,
  filename TEXT NOT NULL,
  mime_type TEXT NOT NULL,
  data BLOB NOT NULL,
  width INTEGER,
  height INTEGER,
  caption TEXT NOT NULL DEFAULT ''""", "Photos and documents stored in the project"),
}

BASEMAP_FEATURE_TABLES: dict[str, str] = {
    "basemap_points": "MULTIPOINT",
    "basemap_lines": "MULTILINESTRING",
    "basemap_polygons": "MULTIPOLYGON",
}

_BASEMAP_COLUMNS = """
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom {geometry_type},
  layer_uuid TEXT NOT NULL,
  style_class TEXT NOT NULL,
  name TEXT,
  tags TEXT NOT NULL DEFAULT '{{}}'"""

INDEX_STATEMENTS = (
    "CREATE INDEX idx_groups_workshop ON groups (workshop_uuid)",
    "CREATE INDEX idx_participants_workshop ON participants (workshop_uuid)",
    "CREATE INDEX idx_criteria_set ON criteria (set_uuid)",
    "CREATE INDEX idx_audit_points_walk ON audit_points (walk_uuid)",
    "CREATE INDEX idx_audit_scores_point ON audit_scores (point_uuid)",
    "CREATE INDEX idx_checklist_point ON checklist_answers (point_uuid)",
    "CREATE INDEX idx_votes_proposal ON votes (proposal_uuid)",
    "CREATE INDEX idx_attachments_owner ON attachments (owner_table, owner_uuid)",
    "CREATE INDEX idx_action_links_action ON action_links (action_uuid)",
    "CREATE INDEX idx_action_partners_action ON action_partners (action_uuid)",
    "CREATE INDEX idx_basemap_points_layer ON basemap_points (layer_uuid)",
    "CREATE INDEX idx_basemap_lines_layer ON basemap_lines (layer_uuid)",
    "CREATE INDEX idx_basemap_polygons_layer ON basemap_polygons (layer_uuid)",
)

# QGIS reads a layer's default style from this table (columns as QGIS creates them).
LAYER_STYLES_DDL = """CREATE TABLE layer_styles (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  f_table_catalog TEXT(256),
  f_table_schema TEXT(256),
  f_table_name TEXT(256),
  f_geometry_column TEXT(256),
  styleName TEXT(30),
  styleQML TEXT,
  styleSLD TEXT,
  useAsDefault BOOLEAN,
  description TEXT,
  owner TEXT(30),
  ui TEXT(30),
  update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
)"""


def create_statements() -> list[tuple[str, str | None, str, str]]:
    """Return (table, geometry type or None, CREATE TABLE statement, description) for v1."""
    statements = []
    for table, (geometry_type, columns, description) in TABLES.items():
        statements.append((table, geometry_type, f'CREATE TABLE "{table}" ({_COMMON},{columns}\n)', description))
    for table, geometry_type in BASEMAP_FEATURE_TABLES.items():
        columns = _BASEMAP_COLUMNS.format(geometry_type=geometry_type)
        kind = geometry_type.removeprefix("MULTI").lower()
        statements.append((table, geometry_type, f'CREATE TABLE "{table}" ({columns}\n)', f"Basemap {kind} features"))
    return statements

