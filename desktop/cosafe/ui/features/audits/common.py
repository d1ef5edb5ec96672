"""Small pieces the recording dialogs share: how participants are listed.

Contract:
- ``participant_label(p)`` is how a participant is shown when someone picks who walked
  or who placed a pin: the sign-in code and anonymous demographics, never a contact,
  e.g. "P07 · Woman · 15–24 · Resident".
"""

from __future__ import annotations


from cosafe.core.records import Participant
from cosafe.core.vocabulary import AGE_BANDS, GENDERS, PARTICIPANT_ROLES, label_of
from cosafe.core.workshops import code_order
from cosafe.ui.features.audits.words import Audits

def participant_label(person: Participant) -> str:
    parts = [person.code or Audits.tr("No code"), label_of(GENDERS, person.gender), label_of(AGE_BANDS, person.age_band),
             label_of(PARTICIPANT_ROLES, person.role)]
    return Audits.tr(" · ", "between a participant's code and demographics").join(part for part in parts if part)


def sorted_participants(people: list[Participant]) -> list[Participant]:
    return sorted(people, key=code_order)
