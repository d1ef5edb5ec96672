"""What a phone's request becomes in the project: the records and edits the desktop makes.

Contract:
- ``RoomScope`` is what a room serves: one workshop (``room_workshop``: the one held
  last, as the window makes active) and its area (``room_bounds``: the project area the
  facilitator set, else the union of the workshop's records and the basemap layers).
- ``form(store, scope)`` and ``proposals(store, scope, holder)`` are what phones read,
  in the language in force: the choices the join and pin pages offer (the sign-in
  sheet's questions, the project's reason tags, the vocabularies) and the workshop's
  proposals with the reader's own dots. Nothing about other participants is read
  out beyond what the projector shows (a proposal's number, title, principle,
  intervention and shape; never who made it, nor anyone's votes).
- ``join``, ``pin``, ``idea`` and ``VoteBuild`` each take the request's JSON object and
  return a *build* for ``RoomStore.write``: a function of the store that checks every
  field against the project as it is then (``validation``; ``Invalid`` → 400) and
  returns ONE edit, labelled for the undo history with the participant's code
  ("Pin from phone P14"). The records are those the desktop makes — a ``Participant``
  with the sign-in sheet's fields and the next free code of the workshop (P01, P02 …,
  shared with the sheet), a ``PerceptionPin`` with the participant and their group, a
  ``Proposal`` of the workshop and group, a one-dot ``Vote`` checked against the
  workshop's budget with ``core.voting.check_budget`` (``VoteBudgetError`` → 409; the
  build then knows the dots left, ``VoteBuild.dots_left``) — so
  merges, exports, the analysis and the plan treat them alike. Pins, ideas and votes
  carry ``participant_uuid`` (a proposal's since schema v6). A pin's story is held
  (``story_review`` "pending", ``core.stories``) until the facilitator approves it.
- A build for a participant who is no longer in the project (removed by the
  facilitator) raises ``Gone`` (→ 401: join again); anything done after the room's
  workshop was deleted raises ``WorkshopGone`` (→ 503: the room is closed).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from shapely.geometry import mapping as geojson

from cosafe.core.edits import AddRecord, Edit
from cosafe.core.i18n import RIGHT_TO_LEFT, arg, language, translate
from cosafe.core.projection import point_to_lonlat
from cosafe.core.reason_tags import reason_tag_labels
from cosafe.core.stories import PENDING
from cosafe.core.records import BasemapLayer, Group, Participant, PerceptionPin, Proposal, ReasonTag, Vote, Workshop
from cosafe.core.vocabulary import (
    AGE_BANDS, CPTED_PRINCIPLES, FEELINGS, GENDERS, INTERVENTION_TYPES, PARTICIPANT_ROLES, TIMES_OF_DAY, Vocabulary,
    choices as vocabulary_choices, keys_of, label_of)
from cosafe.core.voting import check_budget, dots_used, voter_key
from cosafe.core.workshops import most_recent_workshop, next_code
from cosafe.room import validation
from cosafe.room.access import Holder
from cosafe.room.tiles import tile_zooms
from cosafe.room.validation import Bounds, Invalid
from cosafe.room.words import Room
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.map import proposal_numbers, project_area, tile_bounds, vector_layer_bounds, workshop_extent

Build = Callable[[ProjectStore], Edit]

STORY_LENGTH = 1000
TITLE_LENGTH = 120
DESCRIPTION_LENGTH = 1000
MAX_REASON_TAGS = 12
# The sign-in sheet's questions, in its order: (answer key, the Participant field, choices).
QUESTIONS: tuple[tuple[str, Vocabulary], ...] = (("gender", GENDERS), ("age_band", AGE_BANDS),
                                                 ("role", PARTICIPANT_ROLES))


class Gone(LookupError):
    """The participant a token was given to is no longer in the project."""


class WorkshopGone(LookupError):
    """The room's workshop was deleted while the room was open: the room serves nothing more."""


@dataclass(frozen=True)
class RoomScope:
    workshop_uuid: str
    bounds: Bounds


def room_workshop(store: ProjectStore) -> Workshop | None:
    """The workshop a room serves: the one held last (the window's choice on opening)."""
    return most_recent_workshop(store.list(Workshop))


def room_bounds(store: ProjectStore) -> Bounds | None:
    """The area phones may place things in (see the module contract), or None when the project has none."""
    area = project_area(store)
    if area is not None:
        return area
    boxes = [box for box in [workshop_extent(store)] if box is not None]
    for layer in store.list(BasemapLayer, "visible = 1"):
        if layer.kind == "vector":
            box = vector_layer_bounds(store, layer.uuid)
        elif layer.kind == "tiles" and layer.data_table:
            mercator = tile_bounds(store, layer.data_table)
            box = None if mercator is None else (*point_to_lonlat(mercator[0], mercator[1]),
                                                 *point_to_lonlat(mercator[2], mercator[3]))
        else:
            box = None
        if box is not None:
            boxes.append(box)
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def room_scope(store: ProjectStore) -> RoomScope | None:
    workshop, bounds = room_workshop(store), room_bounds(store)
    return None if workshop is None or bounds is None else RoomScope(workshop.uuid, bounds)


# -- what phones read -------------------------------------------------------------------------

def _listed(vocabulary: Vocabulary) -> list[dict[str, str]]:
    return [{"value": key, "label": label} for key, label in vocabulary_choices(vocabulary)]


def _question_labels() -> dict[str, str]:
    return {"gender": Room.tr("Gender"), "age_band": Room.tr("Age"), "role": Room.tr("Role")}


def _groups(store: ProjectStore, scope: RoomScope) -> list[Group]:
    return store.list(Group, "workshop_uuid = ?", (scope.workshop_uuid,))


def _tags(store: ProjectStore) -> list[ReasonTag]:
    return store.list(ReasonTag, "retired = 0")


def _workshop(store: ProjectStore, scope: RoomScope) -> Workshop:
    workshop = store.get(Workshop, scope.workshop_uuid)
    if workshop is None:  # the facilitator deleted it while the room was open
        raise WorkshopGone(scope.workshop_uuid)
    return workshop


def form(store: ProjectStore, scope: RoomScope) -> dict[str, Any]:
    """The choices the phone's pages show, in the language in force (``GET /api/form``)."""
    workshop = _workshop(store, scope)
    tags = _tags(store)
    labels = reason_tag_labels(store, tags)
    questions = _question_labels()
    return {
        "language": language(),
        "direction": "rtl" if language() in RIGHT_TO_LEFT else "ltr",
        "workshop": workshop.title,
        "groups": [{"id": group.uuid, "name": group.name} for group in _groups(store, scope)],
        "questions": [{"key": key, "label": questions[key], "choices": _listed(vocabulary)}
                      for key, vocabulary in QUESTIONS],
        "feelings": _listed(FEELINGS),
        "reason_tags": [{"value": tag.key, "label": labels[tag.key]} for tag in tags],
        "times_of_day": _listed(TIMES_OF_DAY),
        "principles": _listed(CPTED_PRINCIPLES),
        "interventions": _listed(INTERVENTION_TYPES),
        "votes_per_participant": workshop.votes_per_participant,
        "bounds": list(scope.bounds),
        "tile_zooms": tile_zooms(store),
        "attribution": _attribution(store),
    }


def _attribution(store: ProjectStore) -> str:
    """Whom the visible basemap layers credit (their own words; the map's default one translated), or ""."""
    texts = [layer.attribution.strip() for layer in store.list(BasemapLayer, "visible = 1")
             if layer.attribution.strip()]
    return "; ".join(dict.fromkeys(translate("Map", text) for text in texts))


def _own_votes(store: ProjectStore, scope: RoomScope, holder: Holder) -> list[Vote]:
    return store.list(Vote, "workshop_uuid = ? AND participant_uuid = ?", (scope.workshop_uuid,
                                                                          holder.participant_uuid))


def _present(store: ProjectStore, holder: Holder) -> Participant:
    person = store.get(Participant, holder.participant_uuid)
    if person is None:
        raise Gone(holder.participant_uuid)
    return person


def me(store: ProjectStore, scope: RoomScope, holder: Holder) -> dict[str, Any]:
    """The reader's own code and dots (``GET /api/me``)."""
    _workshop(store, scope)
    _present(store, holder)
    return {"participant_code": holder.code, "votes_per_participant": _workshop(store, scope).votes_per_participant,
            "dots_left": dots_left(store, scope, holder)}


def proposals(store: ProjectStore, scope: RoomScope, holder: Holder) -> list[dict[str, Any]]:
    """The workshop's proposals as the projector shows them, with the reader's own dots (``GET /api/proposals``)."""
    _workshop(store, scope)
    _present(store, holder)
    numbers = proposal_numbers(store)
    mine: dict[str, int] = {}
    for vote in _own_votes(store, scope, holder):
        mine[vote.proposal_uuid] = mine.get(vote.proposal_uuid, 0) + vote.dots
    found = store.list(Proposal, "workshop_uuid = ?", (scope.workshop_uuid,))
    return [{
        "id": proposal.uuid,
        "number": numbers[proposal.uuid],
        "title": proposal.title or arg(Room.tr("Proposal %1"), numbers[proposal.uuid]),
        "principle": proposal.cpted_principle,
        "principle_label": label_of(CPTED_PRINCIPLES, proposal.cpted_principle) or None,
        "intervention": proposal.intervention_type,
        "intervention_label": label_of(INTERVENTION_TYPES, proposal.intervention_type) or None,
        "geometry": geojson(proposal.geom) if proposal.geom is not None else None,
        "my_dots": mine.get(proposal.uuid, 0),
    } for proposal in sorted(found, key=lambda p: numbers[p.uuid])]


# -- what phones write ------------------------------------------------------------------------

def join(data: Mapping[str, Any], scope: RoomScope) -> Build:
    """``POST /api/join``: a new participant, as the sign-in sheet adds one (the body's code is checked before)."""
    validation.fields(data, required=("code", "answers", "consent"), optional=("group",))

    def build(store: ProjectStore) -> Edit:
        _workshop(store, scope)
        groups = {group.uuid for group in _groups(store, scope)}
        if groups:
            group: str | None = validation.choice(data, "group", groups)
        elif data.get("group") is not None:
            raise Invalid(Room.tr("This workshop has no groups: leave “group” out."))
        else:
            group = None
        answers = data["answers"]
        if not isinstance(answers, dict):
            raise Invalid(arg(Room.tr("“%1” must be a JSON object."), "answers"))
        validation.fields(answers, required=[key for key, _ in QUESTIONS])
        values = {key: validation.choice(answers, key, keys_of(vocabulary)) for key, vocabulary in QUESTIONS}
        if not validation.flag(data, "consent"):
            raise Invalid(Room.tr("Taking part needs consent: nothing was stored."))
        existing = [person.code for person in store.list(Participant, "workshop_uuid = ?", (scope.workshop_uuid,))]
        person = Participant(workshop_uuid=scope.workshop_uuid, group_uuid=group, code=next_code(existing),
                             consent_given=True, **values)
        return AddRecord(person, arg(Room.tr("Participant %1 joins from a phone"), person.code))

    return build


def pin(data: Mapping[str, Any], scope: RoomScope, holder: Holder) -> Build:
    """``POST /api/pins``: a safe or unsafe perception pin of the participant."""
    validation.fields(data, required=("lon", "lat", "feeling", "time_of_day"), optional=("reason_tags", "story"))

    def build(store: ProjectStore) -> Edit:
        _workshop(store, scope)
        person = _present(store, holder)
        point = validation.place(data, scope.bounds)
        new = PerceptionPin(
            geom=point, workshop_uuid=scope.workshop_uuid, group_uuid=person.group_uuid,
            participant_uuid=person.uuid, feeling=validation.choice(data, "feeling", keys_of(FEELINGS)),
            reason_tags=validation.choices(data, "reason_tags", [tag.key for tag in _tags(store)], MAX_REASON_TAGS),
            time_of_day=validation.choice(data, "time_of_day", keys_of(TIMES_OF_DAY)),
            story=validation.text(data, "story", STORY_LENGTH))
        new.story_review = PENDING if new.story.strip() else None  # held until the facilitator approves it
        return AddRecord(new, arg(Room.tr("Pin from phone %1"), person.code))

    return build


def idea(data: Mapping[str, Any], scope: RoomScope, holder: Holder) -> Build:
    """``POST /api/ideas``: a proposal (a point or a short line) of the workshop and the participant's group."""
    validation.fields(data, required=("geometry", "title", "principle", "intervention"), optional=("description",))

    def build(store: ProjectStore) -> Edit:
        _workshop(store, scope)
        person = _present(store, holder)
        new = Proposal(
            geom=validation.geometry(data["geometry"], scope.bounds), workshop_uuid=scope.workshop_uuid,
            group_uuid=person.group_uuid, title=validation.text(data, "title", TITLE_LENGTH, required=True),
            description=validation.text(data, "description", DESCRIPTION_LENGTH),
            cpted_principle=validation.choice(data, "principle", keys_of(CPTED_PRINCIPLES)),
            intervention_type=validation.choice(data, "intervention", keys_of(INTERVENTION_TYPES)),
            participant_uuid=person.uuid)
        return AddRecord(new, arg(Room.tr("Idea from phone %1"), person.code))

    return build


class VoteBuild:
    """``POST /api/votes``'s build: one dot on a proposal of the workshop, within the workshop's budget.

    Once it has built its edit, ``dots_left`` is what the participant has left after that dot:
    worked out with the budget, so the answer needs no second trip to the store.
    """

    def __init__(self, data: Mapping[str, Any], scope: RoomScope, holder: Holder) -> None:
        validation.fields(data, required=("proposal",))
        self.data, self.scope, self.holder = data, scope, holder
        self.dots_left: int | None = None

    def __call__(self, store: ProjectStore) -> Edit:
        scope = self.scope
        workshop = _workshop(store, scope)
        person = _present(store, self.holder)
        proposal_uuid = self.data["proposal"]
        if not isinstance(proposal_uuid, str) or store.count(
                Proposal, "uuid = ? AND workshop_uuid = ?", (proposal_uuid, scope.workshop_uuid)) != 1:
            raise Invalid(Room.tr("“proposal” must be the id of one of this workshop's proposals."))
        new = Vote(workshop_uuid=scope.workshop_uuid, proposal_uuid=proposal_uuid, participant_uuid=person.uuid,
                   group_uuid=person.group_uuid)
        votes = _own_votes(store, scope, self.holder)
        check_budget(votes, new, workshop.votes_per_participant)  # VoteBudgetError: 409
        self.dots_left = workshop.votes_per_participant - dots_used(votes, voter_key(new), scope.workshop_uuid) - 1
        return AddRecord(new, arg(Room.tr("Dot from phone %1"), person.code))


def dots_left(store: ProjectStore, scope: RoomScope, holder: Holder) -> int:
    """The dots the participant still has in the workshop."""
    allowance = _workshop(store, scope).votes_per_participant
    return max(0, allowance - dots_used(_own_votes(store, scope, holder), voter_key(Vote(
        participant_uuid=holder.participant_uuid)), scope.workshop_uuid))
