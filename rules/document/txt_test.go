package document

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTextBlocks(t *testing.T) {
	tests := []struct {
		name string
		src  string
		date string
		want []gotBlock
	}{
		{"date alone on its line", "date 2023-05-02\nBody text here.\n", "2023-05-02", []gotBlock{
			{Paragraph, "Body text here.", "", "Body text here."}}},
		{"date followed by text, leading white space", "  date 2023-05-02 Body text here.\n", "2023-05-02", []gotBlock{
			{Paragraph, "Body text here.", "", "Body text here."}}},
		{"impossible date is text", "date 2023-13-40\nBody.\n", "", []gotBlock{
			{Heading, "date 2023-13-40", "", "date 2023-13-40"}, {Paragraph, "Body.", "", "Body."}}},
		{"date needs a word boundary", "date 2023-05-02x\n\nBody.\n", "", []gotBlock{
			{Heading, "date 2023-05-02x", "", "date 2023-05-02x"}, {Paragraph, "Body.", "", "Body."}}},
		{"BOM", "\ufeffdate 2023-05-02\nBody.\n", "2023-05-02", []gotBlock{
			{Paragraph, "Body.", "", "Body."}}},
		{"headline then body", "Council delays vote\nThe council met.\nIt voted.\n\nMore.\n", "", []gotBlock{
			{Heading, "Council delays vote", "", "Council delays vote"},
			{Paragraph, "The council met. It voted.", "", "The council met.\nIt voted."},
			{Paragraph, "More.", "", "More."}}},
		{"headline paragraph", "Council delays vote\n\nThe council met.\n", "", []gotBlock{
			{Heading, "Council delays vote", "", "Council delays vote"}, {Paragraph, "The council met.", "", "The council met."}}},
		{"sentence first line is no headline", "The council met.\nIt voted.\n", "", []gotBlock{
			{Paragraph, "The council met. It voted.", "", "The council met.\nIt voted."}}},
		{"short line without closing punctuation reads as a headline", "“We will wait,” she said\n\nText.\n", "", []gotBlock{
			{Heading, "“We will wait,” she said", "", "“We will wait,” she said"}, {Paragraph, "Text.", "", "Text."}}},
		{"line joins collapse white space, CRLF", "One line.  \r\n   next line.\r\n\r\n\r\nLast.", "", []gotBlock{
			{Paragraph, "One line. next line.", "", "One line.  \r\n   next line."}, {Paragraph, "Last.", "", "Last."}}},
		{"a question first line with text after it is a headline", "Who gains from the grant?\n\nThe grant has helped 48,000 buyers.\n", "", []gotBlock{
			{Heading, "Who gains from the grant?", "", "Who gains from the grant?"}, {Paragraph, "The grant has helped 48,000 buyers.", "", "The grant has helped 48,000 buyers."}}},
		{"a question first line directly followed by text is a headline", "Who gains from the grant?\nThe grant has helped 48,000 buyers.\n", "", []gotBlock{
			{Heading, "Who gains from the grant?", "", "Who gains from the grant?"}, {Paragraph, "The grant has helped 48,000 buyers.", "", "The grant has helped 48,000 buyers."}}},
		{"a question alone is a paragraph", "Who gains from the grant?\n\n\n", "", []gotBlock{
			{Paragraph, "Who gains from the grant?", "", "Who gains from the grant?"}}},
		{"a title-case first line with a full stop is a headline", "Council Delays Vote on Harbour Levy.\n\nThe council met.\n", "", []gotBlock{
			{Heading, "Council Delays Vote on Harbour Levy.", "", "Council Delays Vote on Harbour Levy."}, {Paragraph, "The council met.", "", "The council met."}}},
		{"a sentence-case first line with a full stop is a paragraph", "Council delays vote on harbour levy.\n\nThe council met.\n", "", []gotBlock{
			{Paragraph, "Council delays vote on harbour levy.", "", "Council delays vote on harbour levy."}, {Paragraph, "The council met.", "", "The council met."}}},
		{"a short capitalised sentence is a paragraph", "Mayor Quits.\n\nThe council met.\n", "", []gotBlock{
			{Paragraph, "Mayor Quits.", "", "Mayor Quits."}, {Paragraph, "The council met.", "", "The council met."}}},
		{"a title-case line alone is a paragraph", "Council Delays Vote on Harbour Levy.\n", "", []gotBlock{
			{Paragraph, "Council Delays Vote on Harbour Levy.", "", "Council Delays Vote on Harbour Levy."}}},
		{"only second paragraph can't be headline", "First para.\n\nShort line\n", "", []gotBlock{
			{Paragraph, "First para.", "", "First para."}, {Paragraph, "Short line", "", "Short line"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustParse(t, "t.txt", tt.src, Text)
			checkBounds(t, d)
			checkDecodes(t, d)
			if d.Meta.Date != tt.date {
				t.Errorf("date = %q, want %q", d.Meta.Date, tt.date)
			}
			if diff := cmp.Diff(tt.want, blocksOf(d)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		text string
		want Kind
	}{
		{"By Mara Quell", Byline},
		{"By Mara Quell and Tom O’Dea", Byline},
		{"By MARA QUELL, Associated Press", Byline},
		{"By Ann B.", Byline},
		{"By Mara Quell, staff writer", Byline},
		{"By Tuesday, officials said the count was done.", Paragraph},
		{"By the time the vote came, most had left.", Paragraph},
		{"By March the river had risen.", Paragraph},
		{"By Land And Sea Comes A Story That Never Ends In Time For The Late Edition Of Paper Again", Paragraph},
		{"By Mara Quell.", Paragraph},
		{"Lin Ode contributed reporting.", Credit},
		{"Lin Ode contributed to this report.", Credit},
		{"(Reporting by Lin Ode; Editing by Sam Ward)", Credit},
		{"Additional reporting by Lin Ode in Port Ellis.", Credit},
		{"This story originally appeared in the Valley Voice.", Credit},
		{"Photo: Lin Ode", Credit},
		{"Photos show the river rising over the dock.", Paragraph},
		{"The editing by committee took weeks, members said.", Paragraph},
		{"Written by Ann Lee; editing by Sam Ward", Credit},
		{"(Editing by Sam Ward)", Credit},
		{"Compiled by Ann Lee", Credit},
		{"WRITTEN BY ANN LEE", Credit},
		{"The council voted to close the harbor road for the summer season. (Reporting by Lin Ode; Editing by Sam Ward)", Paragraph}, // prose first: not hidden
		{"PORT ELLIS (AP) —", Dateline},
		{"PORT ELLIS, Ore. (Reuters) -", Dateline},
		{"PORT ELLIS (AP) — The council met on Tuesday.", Paragraph},
		{"The council met (again) —", Paragraph},
	}
	for _, tt := range tests {
		d := &Document{Format: Markdown, Blocks: []Block{{Kind: Paragraph, Text: tt.text}}}
		classify(d)
		if got := d.Blocks[0].Kind; got != tt.want {
			t.Errorf("%q: %v, want %v", tt.text, got, tt.want)
		}
	}
	// Headings are reclassified only in plain text, where they are a guess.
	for _, f := range []Format{Text, Markdown} {
		d := &Document{Format: f, Blocks: []Block{{Kind: Heading, Text: "By Mara Quell"}}}
		classify(d)
		if want := map[Format]Kind{Text: Byline, Markdown: Heading}[f]; d.Blocks[0].Kind != want {
			t.Errorf("%s heading: %v, want %v", f, d.Blocks[0].Kind, want)
		}
	}
}
