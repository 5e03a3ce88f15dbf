"""Cleaning: whole-line web-page leftovers go, real sentences stay, whitespace is normalised."""

import pytest

from newsweave.read.clean import clean_text, fold, is_leftover

LEFTOVERS = [
    "Skip to main content",
    "Skip to content",
    "  skip to navigation  ",
    "Most read",
    "Most popular",
    "MOST READ",
    "Share this page",
    "Share this article",
    "Share",
    "Share on Facebook",
    "Share on Twitter",
    "Share on WhatsApp",
    "Share on Facebook, Twitter or WhatsApp",
    "Facebook Twitter WhatsApp Email",
    "Related stories",
    "Related topics",
    "Related Internet Links",
    "Read more",
    "Read more:",
    "Read more »",
    "Read more: Storm latest as rivers rise",
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Please enable JavaScript to view this page.",
    "Please enable CSS to view this page properly",
    "You need to enable JavaScript to run this app.",
    "To play this video you need to enable JavaScript in your browser.",
    "This video can not be played",
    "The BBC is not responsible for the content of external sites.",
    "Example News is not responsible for the content of external websites.",
    "Sign up for our newsletter",
    "Sign up for our free daily newsletter to get the news first",
    "Subscribe to our newsletter",
    "Accept cookies",
    "Accept all cookies",
    "We use cookies to improve your experience on our site.",
    "This website uses cookies.",
    "© 2026 Example News",
    "©2026 Example Media Group. All rights reserved.",
    "Copyright 2026 Example News",
    "Copyright © 2026 The Daily Post",
    "All rights reserved",
    "All rights reserved.",
    "Image caption, Firefighters at the scene on Saturday",
    "Image source, Getty Images",
    "Media caption, Watch: the moment the bridge collapsed",
    "Image caption",
    "Photograph: Jane Doe/Reuters",
    "Follow us on Twitter",
    "Follow us on Facebook and Instagram",
    "Follow BBC Yorkshire on Facebook, X and Instagram.",
    "Home | News | Sport",
    "Home | News | Sport | Weather | iPlayer",
    "News • World • Europe",
    "Home › World › Europe",
    "Back to top",
    "Back to top ↑",
    "Print this page",
    "Print",
    "Email this",
    "Email this article",
    "Email to a friend",
    "Copy link",
    "Comments",
    "View comments",
    "12 comments",
    "Continue reading the main story",
    "Skip advertisement",
    "More on this story",
    "Top stories",
    "You may also like",
    "Content and Programming Copyright 2010 Example Network, Inc.",
    "(Image: Getty)",
    "Jonathan Ernst/Reuters",
    "Story Continued Below",
    "Advertisement Continue reading the main story",
    "This discussion is now closed.",
    "___",
    "***",
    "Twitter",
    "Photo",
    "Sorry, this media is not available in your territory.",
    "Page last updated at 11:24 GMT, Tuesday, 27 September 2011",
    "Last updated: 14 March 2026 09:12",
    "4 of 13",
    "Hide caption",
    "Autoplay",
    "Media playback is unsupported on your device",
    "Tweet with a location You can add location information to your Tweets.",
]

REAL_SENTENCES = [
    "Officials declined to share details of the investigation.",
    "Share prices fell sharply on Monday after the announcement.",
    "Shares in the company fell 12% in early trading.",
    "Residents can read more about the evacuation plan on the council website.",
    "Read more about the plan in the report, the minister told parliament.",
    "He said he would share the data with investigators.",
    "The most read newspaper in the region ran the story on its front page.",
    "The advertisement campaign cost the party £2m, the report found.",
    "Copyright law will change next year, the government said.",
    "The company said all rights reserved by the original contract would be honoured by the new owners, who took over in June after a long dispute.",
    "Follow-up inspections found more damage than expected.",
    "Police said they would follow up on leads from the public.",
    "Related problems were reported in the neighbouring town.",
    "Print runs were halted as the presses flooded.",
    "The image caption competition drew 300 entries.",
    "Home, work and school were all affected, she said.",
    "Back to top form, the team won 3-0.",
    "We use cookies as bait, one fisherman joked.",
    "Home | News | Sport fans were all disappointed.",
    "| Party | Seats |",
    "| Red | 120 |",
    "The mayor said: \"Skip to the end and you will see we were right.\"",
    "Comments made by the minister caused outrage.",
    "The copyright 2019 ruling was overturned by the court on Monday.",
    "Picture, if you will, a town without power.",
    "Photograph: the minister said the picture was taken in 2019. It was not.",
    "Video footage showed the bridge collapsing into the river below.",
    "Last updated figures put the toll at 41, the ministry said.",
    "Three of the four victims were children.",
    "2 of 3 bridges in the district were destroyed.",
    "Captions on the video were written by a rebel media office.",
    "Replay footage showed the missile striking the market.",
]


@pytest.mark.parametrize("line", LEFTOVERS)
def test_leftover_lines_are_dropped(line):
    text = f"The storm hit the coast on Saturday.\n\n{line}\n\nTwo people were hurt."
    cleaned, dropped = clean_text(text)
    assert dropped == [line.strip()]
    assert cleaned == "The storm hit the coast on Saturday.\n\nTwo people were hurt."


@pytest.mark.parametrize("line", REAL_SENTENCES)
def test_real_sentences_are_kept(line):
    assert not is_leftover(line)
    cleaned, dropped = clean_text(f"First paragraph.\n\n{line}")
    assert dropped == []
    assert cleaned == f"First paragraph.\n\n{line}"


def test_leftover_words_inside_sentences_are_kept():
    text = ("Officials said they would not share the findings. Readers can read more about "
            "the story later. Advertisement revenue fell.")
    cleaned, dropped = clean_text(text)
    assert cleaned == text
    assert dropped == []


def test_dropped_lines_in_order_and_stripped():
    text = "  Skip to content  \nHome | News | Sport\nA storm hit.\nAdvertisement \nIt rained.\n© 2026 Example"
    cleaned, dropped = clean_text(text)
    assert cleaned == "A storm hit.\n\nIt rained."
    assert dropped == ["Skip to content", "Home | News | Sport", "Advertisement", "© 2026 Example"]


def test_crlf_and_trailing_spaces_and_blank_runs():
    text = "\r\n\r\nFirst para line one.   \r\nline two.\r\n\r\n\r\n\r\nSecond para.\t \r\n\r\n"
    cleaned, dropped = clean_text(text)
    assert cleaned == "First para line one.\nline two.\n\nSecond para."
    assert dropped == []
    assert "\r" not in cleaned


def test_old_mac_line_endings():
    cleaned, _ = clean_text("One.\r\rTwo.")
    assert cleaned == "One.\n\nTwo."


def test_one_paragraph_per_line_becomes_blank_line_separated():
    # trafilatura output and many scrapers: no blank lines, one paragraph per line
    cleaned, dropped = clean_text("Headline here\nFirst paragraph.\nShare this article\nSecond paragraph.")
    assert cleaned == "Headline here\n\nFirst paragraph.\n\nSecond paragraph."
    assert dropped == ["Share this article"]


def test_characters_inside_lines_are_untouched():
    line = "Prices rose 3.5%  —  “sharply”, said Zoë\u00a0Müller;\ttabs\tstay."
    cleaned, _ = clean_text(f"{line}\n\nNext.")
    assert cleaned.split("\n\n")[0] == line


def test_whole_text_of_leftovers_gives_empty():
    cleaned, dropped = clean_text("Advertisement\nShare this page\n\nMost read")
    assert cleaned == ""
    assert dropped == ["Advertisement", "Share this page", "Most read"]


def test_empty_and_bom():
    assert clean_text("") == ("", [])
    assert clean_text("\ufeffHello.") == ("Hello.", [])


def test_fold():
    assert fold("  a\n\nb\t c ") == "a b c"
