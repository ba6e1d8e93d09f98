"""Forms of the workspace: they validate input; the services decide what is allowed."""

from __future__ import annotations

from django import forms

from annotations.models import NOTE_MAX_CHARS, RATIONALE_MAX_CHARS, EvidenceStance, Rating, ReviewState
from annotations.services import CLAIM_REVIEWED_MAX
from factcheck.models import Category

STATE_FILTERS = [
    ("", "Waiting for me"),
    *ReviewState.choices,
    ("all", "All states"),
]


class QueueFilterForm(forms.Form):
    state = forms.ChoiceField(choices=STATE_FILTERS, required=False)
    category = forms.ChoiceField(choices=[("", "All categories"), *Category.choices], required=False)
    article = forms.IntegerField(required=False, min_value=1)
    q = forms.CharField(required=False, max_length=200, label="Search")
    everything = forms.BooleanField(required=False, label="Include sentences not marked check-worthy")
    page = forms.IntegerField(required=False, min_value=1)


class ReviewForm(forms.Form):
    """Verdict, summary and rationale; only the fields present in the request are changed."""

    EDITABLE = ("verdict", "claim_reviewed", "rationale")

    version = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    verdict = forms.ModelChoiceField(queryset=Rating.objects.all(), required=False)
    claim_reviewed = forms.CharField(required=False, max_length=CLAIM_REVIEWED_MAX, strip=False)
    rationale = forms.CharField(
        required=False, strip=False, max_length=RATIONALE_MAX_CHARS, widget=forms.Textarea
    )

    def changes(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.EDITABLE if name in self.data}

    def differs_from(self, review) -> dict:
        """The sent values that differ from what ``review`` holds (a pending autosave)."""
        current = {
            "verdict": review.verdict_id,
            "claim_reviewed": review.claim_reviewed,
            "rationale": review.rationale,
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
