"""Forms of the workspace: they validate input; the services decide what is allowed."""

from __future__ import annotations

import re

from django import forms

from annotations.models import (
    CLAIMANT_JOB_TITLE_MAX,
    NOTE_MAX_CHARS,
    RATIONALE_MAX_CHARS,
    DeskPriority,
    EvidenceStance,
    Rating,
    ReviewState,
)
from annotations.services import CLAIM_REVIEWED_MAX
from factcheck.models import Category, Qualifier, QuantityKind, SpeakerType

STATE_FILTERS = [
    ("", "Waiting for me"),
    *ReviewState.choices,
    ("all", "All states"),
]


class QueueFilterForm(forms.Form):
    state = forms.ChoiceField(choices=STATE_FILTERS, required=False)
    category = forms.ChoiceField(choices=[("", "All categories"), *Category.choices], required=False)
    # An id, or what the picker shows: "Title (#123)"; other text searches article titles.
    article = forms.CharField(required=False, max_length=300)
    q = forms.CharField(required=False, max_length=200, label="Search")
    everything = forms.BooleanField(required=False, label="Include sentences not marked check-worthy")
    assignee = forms.RegexField(regex=r"^(me|none|\d{1,12})$", required=False)
    imported_from = forms.DateField(required=False)
    imported_to = forms.DateField(required=False)
    source = forms.CharField(required=False, max_length=200)
    language = forms.RegexField(regex=r"^[A-Za-z-]{2,16}$", required=False)
    sort = forms.ChoiceField(choices=[("", "Queue order")], required=False)  # QUEUE_SORTS, set in __init__
    priority = forms.ChoiceField(choices=[("", "Any priority"), *DeskPriority.choices], required=False)
    grouped = forms.BooleanField(required=False, label="One row for the same claim across articles")
    page = forms.IntegerField(required=False, min_value=1)

    def __init__(self, *args, sorts: dict[str, str] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        sort = self.fields["sort"]
        assert isinstance(sort, forms.ChoiceField)
        sort.choices = [("", "Queue order"), *(sorts or {}).items()]

    def article_id(self) -> int | None:
        """The article chosen in the picker: "123", "#123" or "Some title (#123)"."""
        text = (self.cleaned_data.get("article") or "").strip() if "article" not in self.errors else ""
        match = re.fullmatch(r"(?:.*\(\s*)?#?(\d{1,12})\)?", text, flags=re.S)
        return int(match.group(1)) or None if match else None


class TriageForm(forms.Form):
    """The queue's multi-select: one workflow step (or "give to someone") for the claims ticked."""

    GIVE = "give"
    PRIORITISE = "prioritise"

    claims = forms.CharField()  # ids, several values of the same field
    action = forms.ChoiceField(choices=())
    assignee = forms.IntegerField(required=False, min_value=1)
    reason = forms.CharField(required=False, max_length=NOTE_MAX_CHARS)
    priority = forms.ChoiceField(choices=[("", "From the score"), *DeskPriority.choices], required=False)
    back = forms.CharField(required=False, max_length=2000)  # the queue's query string to return to

    def __init__(self, *args, actions: list[tuple[str, str]], max_claims: int, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        action = self.fields["action"]
        assert isinstance(action, forms.ChoiceField)
        action.choices = actions
        self.max_claims = max_claims

    def clean_claims(self) -> list[int]:
        raw = self.data.getlist("claims") if hasattr(self.data, "getlist") else [self.data.get("claims")]
        numbers = [str(value) for value in raw if str(value).isdigit()]
        ids = list(dict.fromkeys(int(n) for n in numbers if 0 < int(n) < 2**63))
        if not ids:
            raise forms.ValidationError("Tick at least one claim.")
        if len(ids) > self.max_claims:
            raise forms.ValidationError(f"At most {self.max_claims} claims at once.")
        return ids

    def clean(self) -> dict:
        cleaned = super().clean() or {}
        if cleaned.get("action") == self.GIVE and not cleaned.get("assignee"):
            self.add_error("assignee", "Choose who gets the claims.")
        return cleaned


class ReviewForm(forms.Form):
    """Verdict, summary and rationale; only the fields present in the request are changed."""

    EDITABLE = ("verdict", "claim_reviewed", "rationale", "claimant_job_title", "claimant_same_as")

    version = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    verdict = forms.ModelChoiceField(queryset=Rating.objects.all(), required=False)
    claim_reviewed = forms.CharField(required=False, max_length=CLAIM_REVIEWED_MAX, strip=False)
    rationale = forms.CharField(
        required=False, strip=False, max_length=RATIONALE_MAX_CHARS, widget=forms.Textarea
    )
    claimant_job_title = forms.CharField(required=False, max_length=CLAIMANT_JOB_TITLE_MAX)
    claimant_same_as = forms.CharField(required=False, max_length=500)  # the service checks it is a URL

    def changes(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.EDITABLE if name in self.data}

    def differs_from(self, review) -> dict:
        """The sent values that differ from what ``review`` holds (a pending autosave)."""
        current = {
            "verdict": review.verdict_id,
            "claim_reviewed": review.claim_reviewed,
            "rationale": review.rationale,
            "claimant_job_title": review.claimant_job_title,
            "claimant_same_as": review.claimant_same_as,
        }
        out = {}
        for name, value in self.changes().items():
            compare = value.pk if name == "verdict" and value is not None else value
            if name != "verdict":
                compare = (compare or "").strip()
                if name == "claim_reviewed":
                    compare = " ".join(compare.split())
            if compare != current[name]:
                out[name] = value
        return out


class AssignForm(forms.Form):
    """Who an editor gives the claim to: only people who can review are valid choices."""

    assignee: forms.ModelChoiceField = forms.ModelChoiceField(queryset=None)
    version = forms.IntegerField(required=False, min_value=1)
    page_version = forms.IntegerField(required=False, min_value=1)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        from annotations.selectors import reviewers_for_assignment

        self.assignee_field.queryset = reviewers_for_assignment()

    @property
    def assignee_field(self) -> forms.ModelChoiceField:
        field = self.fields["assignee"]
        assert isinstance(field, forms.ModelChoiceField)
        return field


class ActionForm(forms.Form):
    version = forms.IntegerField(required=False, min_value=1)
    # Sent by the action form itself; htmx sends the review form's live ``version`` as well.
    page_version = forms.IntegerField(required=False, min_value=1)
    reason = forms.CharField(required=False, max_length=NOTE_MAX_CHARS)


class EvidenceForm(forms.Form):
    url = forms.URLField(label="URL", max_length=2000, assume_scheme="https")
    title = forms.CharField(required=False, max_length=500)
    publisher = forms.CharField(required=False, max_length=300)
    accessed_on = forms.DateField(
        required=False, label="Accessed on", widget=forms.DateInput(attrs={"type": "date"})
    )
    stance = forms.ChoiceField(choices=EvidenceStance.choices, initial=EvidenceStance.CONTEXT)
    quote = forms.CharField(
        required=False,
        max_length=NOTE_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 2}),
        label="Quote or note",
    )

    def values(self) -> dict:
        data = dict(self.cleaned_data)
        if data.get("accessed_on") is None:
            data.pop("accessed_on", None)
        return data


class CommentForm(forms.Form):
    body = forms.CharField(
        label="Comment", max_length=NOTE_MAX_CHARS, widget=forms.Textarea(attrs={"rows": 2})
    )


# --- corrections of the claim itself (annotations.corrections decides what is allowed) -------------

QUOTE_MAX_CHARS = 2000
MOVES = [
    ("start-left", "Extend the start by a word"),
    ("start-right", "Shrink the start by a word"),
    ("end-left", "Shrink the end by a word"),
    ("end-right", "Extend the end by a word"),
]
SPEAKER_TYPES = [("", "Guess from the name"), *SpeakerType.choices]


def _blank(choices) -> list[tuple[str, str]]:
    return [("", "—"), *choices]


class SpanForm(forms.Form):
    """A span of the article: offsets (a selection, from the page's script) or the words themselves.

    ``quote`` alone is found in the text (the way without a mouse, or without JavaScript); with
    offsets, it is what the page saw there, and a mismatch is refused rather than guessed.
    """

    start = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)
    end = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)
    quote = forms.CharField(required=False, max_length=QUOTE_MAX_CHARS, strip=False)

    missing = "Select the words in the article, or type them."

    def clean(self):
        super().clean()
        data = self.cleaned_data
        offsets = data.get("start") is not None, data.get("end") is not None
        if any(offsets) and not all(offsets):
            raise forms.ValidationError("A span needs both a start and an end.")
        if not all(offsets) and not (data.get("quote") or "").strip():
            raise forms.ValidationError(self.missing)
        return data


class ClaimAddForm(SpanForm):
    missing = "Select the claim's words in the article (or type them), then add it."


class VersionForm(forms.Form):
    """The claim's ``version`` the page showed: a correction based on an older one is a conflict."""

    claim_version = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)


class BoundaryForm(VersionForm):
    """Move one end of the claim by a word, or set both offsets."""

    move = forms.ChoiceField(choices=MOVES, required=False)
    start = forms.IntegerField(required=False, min_value=0)
    end = forms.IntegerField(required=False, min_value=0)

    def clean(self):
        super().clean()
        data = self.cleaned_data
        if not data.get("move") and (data.get("start") is None or data.get("end") is None):
            raise forms.ValidationError("Say which end of the claim to move.")
        return data


class CategoryForm(VersionForm):
    category = forms.ChoiceField(choices=Category.choices)


class SpeakerForm(VersionForm):
    """Who made the claim: typed (with a type, or guessed), picked from the article, or nobody."""

    speaker_name = forms.CharField(required=False, max_length=300, label="Speaker")
    speaker_type = forms.ChoiceField(choices=SPEAKER_TYPES, required=False, label="Type")
    speaker_start = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)
    speaker_end = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)
    clear = forms.BooleanField(required=False)

    def speaker(self):
        """The value ``claim_update`` takes: None, or ``{"name", "start", "end", "type"}``."""
        data = self.cleaned_data
        if data.get("clear"):
            return None
        value: dict = {"name": data.get("speaker_name") or ""}
        if data.get("speaker_start") is not None or data.get("speaker_end") is not None:
            value.update(start=data.get("speaker_start"), end=data.get("speaker_end"))
        if data.get("speaker_type"):
            value["type"] = data["speaker_type"]
        return value

    def clean(self):
        super().clean()
        data = self.cleaned_data
        spanned = data.get("speaker_start") is not None and data.get("speaker_end") is not None
        if not data.get("clear") and not spanned and not (data.get("speaker_name") or "").strip():
            raise forms.ValidationError(
                "Type the speaker's name, use words selected in the article, or choose No speaker."
            )
        return data


class FlagForm(VersionForm):
    """ "Not a claim" on or off."""

    not_a_claim = forms.TypedChoiceField(
        choices=[("1", "Not a claim"), ("0", "A claim")], coerce=lambda v: v == "1"
    )


class SplitForm(VersionForm):
    """Where the second part starts: an article offset (the caret, a click) or its first words."""

    at = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)
    before = forms.CharField(required=False, max_length=QUOTE_MAX_CHARS, label="Second part starts at")

    def clean(self):
        super().clean()
        data = self.cleaned_data
        if data.get("at") is None and not (data.get("before") or "").strip():
            raise forms.ValidationError(
                "Type the words the second part starts with, or put the caret where it starts."
            )
        return data


class MergeForm(VersionForm):
    other = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class FigureForm(SpanForm):
    """A figure's values; empty ones are left alone (an edit) or read from its words (a new figure)."""

    VALUES = ("value", "low", "high", "unit", "qualifier", "category", "kind")

    claim_version = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    value = forms.CharField(required=False, max_length=50)
    low = forms.CharField(required=False, max_length=50, label="From")
    high = forms.CharField(required=False, max_length=50, label="To")
    unit = forms.CharField(required=False, max_length=100)
    qualifier = forms.ChoiceField(choices=_blank(Qualifier.choices), required=False)
    category = forms.ChoiceField(choices=_blank(Category.choices), required=False)
    kind = forms.ChoiceField(choices=_blank(QuantityKind.choices), required=False)

    missing = "Select the figure's words in the claim, or type them."

    def __init__(self, *args, new: bool = True, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.new = new

    def clean(self):
        if self.new:
            return super().clean()
        return forms.Form.clean(self)

    def values(self) -> dict:
        """The fields sent: a number cleared is None, a choice left on "—" is not sent."""
        out: dict = {}
        for name in self.VALUES:
            if name not in self.data:
                continue
            value = self.cleaned_data.get(name)
            if name in ("value", "low", "high"):
                out[name] = (value or "").strip() or None
            elif name == "unit":
                out[name] = value or ""
            elif value:
                out[name] = value
        return out
