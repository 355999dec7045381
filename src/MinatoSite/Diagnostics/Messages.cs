namespace MinatoSite.Diagnostics;

/// <summary>
/// Every message the program shows, one method per key of <c>data/messages/</c> (the method's name is the key) with
/// its named values. The catalogue test checks that each method has its words in every language, filling exactly
/// the values it is given, and that the catalogues hold nothing else.
/// </summary>
public static class Messages
{
    private static Message Of((string, object)[] values, [System.Runtime.CompilerServices.CallerMemberName] string key = "") => new(key, values);

    private static Message Of([System.Runtime.CompilerServices.CallerMemberName] string key = "") => new(key);

    // How a message is shown.
    public static Message Warning(Message text) => Of([("text", text)]);
    public static Message Error(Message text) => Of([("text", text)]);
    public static Message AnnotationErrorTitle() => Of();
    public static Message AnnotationWarningTitle() => Of();
    public static Message MoreErrorsInFile(string count) => Of([("count", count)]);
    public static Message AtColumn(int column, Message text) => Of([("column", column), ("text", text)]);
    /// <summary>A text the program passes on from another program (a template engine, the system), said as it said it.</summary>
    public static Message Detail(string text) => Of([("text", text)]);

    // Files and folders.
    public static Message PathOutside(string path) => Of([("path", path)]);
    public static Message PathMissing(string path) => Of([("path", path)]);
    public static Message SymbolicLink(string path) => Of([("path", path)]);
    public static Message TooManyFiles(string folder, string max) => Of([("folder", folder), ("max", max)]);
    public static Message FileTooLarge(string size, string max) => Of([("size", size), ("max", max)]);
    public static Message FileUnreadable(string detail) => Of([("detail", detail)]);
    public static Message NotUtf8(string @byte) => Of([("byte", @byte)]);
    public static Message NotUtf8AtEnd() => Of();
    public static Message LineTooLong(int line, string length, string max) => Of([("line", line), ("length", length), ("max", max)]);
    public static Message ZeroWidthCharacter(int column, string code) => Of([("column", column), ("code", code)]);
    public static Message ControlCharacter(int column, string code) => Of([("column", column), ("code", code)]);
    public static Message DataFileMissing() => Of();
    public static Message InputMissing() => Of();
    public static Message NotMarkdown() => Of();
    public static Message Misplaced() => Of();
    public static Message UnforeseenProblem(string detail) => Of([("detail", detail)]);

    // The front matter and YAML.
    public static Message TheFrontMatter() => Of();
    public static Message TheYaml() => Of();
    public static Message NoFrontMatter(string text) => Of([("text", text)]);
    public static Message NoFrontMatterEmptyLine() => Of();
    public static Message FrontMatterNotClosed() => Of();
    public static Message TabIndent(int line, int column) => Of([("line", line), ("column", column)]);
    public static Message WideSpaceIndent() => Of();
    public static Message WideColon(string field) => Of([("field", field)]);
    public static Message WideSpaceBeforeColon(string field) => Of([("field", field)]);
    public static Message WideSpaceAfterColon(string field) => Of([("field", field)]);
    public static Message NoBreakSpaceAfterColon(string field) => Of([("field", field)]);
    public static Message QuoteInQuotes(string field) => Of([("field", field)]);
    public static Message UnclosedBracket(string bracket, int column, int line) => Of([("bracket", bracket), ("column", column), ("line", line)]);
    public static Message CannotBeReadHere(Message what, Message reason) => Of([("what", what), ("reason", reason)]);
    public static Message Malformed(Message what) => Of([("what", what)]);
    public static Message YamlEmpty(Message what) => Of([("what", what)]);
    public static Message YamlNotFields(Message what) => Of([("what", what)]);
    public static Message SecondDocument(Message what, int line) => Of([("what", what), ("line", line)]);
    public static Message YamlAlias(int column, string name) => Of([("column", column), ("name", name)]);
    public static Message YamlAnchor(int column, string name) => Of([("column", column), ("name", name)]);
    public static Message YamlTag(int column, string tag) => Of([("column", column), ("tag", tag)]);
    public static Message NestedTooDeep(Message what, int depth) => Of([("what", what), ("depth", depth)]);
    public static Message DuplicateField(string field) => Of([("field", field)]);
    public static Message ExpectedKey() => Of();
    public static Message ExpectedColon() => Of();
    public static Message CannotStartValue() => Of();
    public static Message ColonInValue() => Of();
    public static Message UnclosedDoubleQuote() => Of();
    public static Message UnclosedSingleQuote() => Of();
    public static Message ExpectedDash() => Of();
    public static Message UnexpectedEnd() => Of();
    public static Message IndentedUnderValue(int indent, int above) => Of([("indent", indent), ("above", above)]);

    // Fields.
    public static Message ItemOf(string list) => Of([("list", list)]);
    public static Message FieldNotAllowed(string field, Message why) => Of([("field", field), ("why", why)]);
    public static Message FieldNameWideSpace(string field) => Of([("field", field)]);
    public static Message FieldNameWideSpaceNearest(string field, string nearest) => Of([("field", field), ("nearest", nearest)]);
    public static Message UnknownFieldNearest(string field, string nearest, IEnumerable<string> allowed) => Of([("field", field), ("nearest", nearest), ("allowed", allowed.ToList())]);
    public static Message UnknownField(string field, IEnumerable<string> allowed) => Of([("field", field), ("allowed", allowed.ToList())]);
    public static Message FieldMissing(string field) => Of([("field", field)]);
    public static Message FieldEmptyRequired(string field) => Of([("field", field)]);
    public static Message FieldEmptyOptional(string field) => Of([("field", field)]);
    public static Message NotWholeNumber(string field, string text, Message hint) => Of([("field", field), ("text", text), ("hint", hint)]);
    public static Message NotDecimal(string field, string text, Message hint) => Of([("field", field), ("text", text), ("hint", hint)]);
    public static Message FullWidthDigits(string digits) => Of([("digits", digits)]);
    public static Message Nothing() => Of();
    public static Message NotList(string field) => Of([("field", field)]);
    public static Message NotSingleValueList(Message field) => Of([("field", field)]);
    public static Message NotSingleValueFields(Message field) => Of([("field", field)]);
    public static Message NotFieldSet(Message field) => Of([("field", field)]);
    public static Message Field(string field) => Of([("field", field)]);

    // Initiatives and pages.
    public static Message TranslatedTwice(string source, string language, string owner) => Of([("source", source), ("language", language), ("owner", owner)]);
    public static Message OrphanTranslation(string source) => Of([("source", source)]);
    public static Message JapaneseInLanguageFile(string file, string code) => Of([("file", file), ("code", code)]);
    public static Message UnknownLanguage(string code, IEnumerable<string> languages) => Of([("code", code), ("languages", languages.ToList())]);
    public static Message InitiativeAsPage() => Of();
    public static Message NotAPageField() => Of();
    public static Message BadPageName(string name) => Of([("name", name)]);
    public static Message UpdatedNotDay(string text) => Of([("text", text)]);
    public static Message UpdatedAfterToday(string text, string today) => Of([("text", text), ("today", today)]);
    public static Message UnknownStrategy(string strategy, string plan, IEnumerable<string> known) => Of([("strategy", strategy), ("plan", plan), ("known", known.ToList())]);
    public static Message RepostWithContent() => Of();
    public static Message RepostWithStatus() => Of();
    public static Message IdMismatch(string id, string strategy, int number, string expected) => Of([("id", id), ("strategy", strategy), ("number", number), ("expected", expected)]);
    public static Message IdMisplaced(string id, string expected) => Of([("id", id), ("expected", expected)]);
    public static Message ItemHasColon(string list) => Of([("list", list)]);
    public static Message ItemEmpty(string list) => Of([("list", list)]);
    public static Message PlaceholderLeft(Message field, string text) => Of([("field", field), ("text", text)]);
    public static Message ThresholdNotFields() => Of();
    public static Message UnknownUnit(string field, string unit, IEnumerable<string> units) => Of([("field", field), ("unit", unit), ("units", units.ToList())]);
    public static Message UnknownComparison(string field, string comparison) => Of([("field", field), ("comparison", comparison)]);
    public static Message OutOfNotPositive(string field, decimal value) => Of([("field", field), ("value", value)]);
    public static Message ValueAboveOutOf(string field, decimal value, string outOfField, decimal outOf) => Of([("field", field), ("value", value), ("outOfField", outOfField), ("outOf", outOf)]);
    public static Message TooManyDecimals(string field, decimal value, int decimals) => Of([("field", field), ("value", value), ("decimals", decimals)]);
    public static Message StatusNoCode(string field, IEnumerable<string> codes, string axis) => Of([("field", field), ("codes", codes.ToList()), ("axis", axis)]);
    public static Message StatusIsLabel(string field, string text, string code) => Of([("field", field), ("text", text), ("code", code)]);
    public static Message StatusUnknown(string field, string text, IEnumerable<string> codes) => Of([("field", field), ("text", text), ("codes", codes.ToList())]);
    public static Message NotTranslatablePage() => Of();
    public static Message NotTranslatableInitiative(string source, IEnumerable<string> fields) => Of([("source", source), ("fields", fields.ToList())]);
    public static Message NotTranslatableThreshold(string source) => Of([("source", source)]);
    public static Message OrphanNarrative(string source) => Of([("source", source)]);
    public static Message OrphanTargetsNote(string source) => Of([("source", source)]);
    public static Message TranslationLonger(string list, int count, string source, int sourceCount) => Of([("list", list), ("count", count), ("source", source), ("sourceCount", sourceCount)]);
    public static Message TranslationShorter(string list, int count, string source, int sourceCount, int missing) => Of([("list", list), ("count", count), ("source", source), ("sourceCount", sourceCount), ("missing", missing)]);
    public static Message SameAddress(string owner, string address) => Of([("owner", owner), ("address", address)]);
    public static Message DuplicateId(string id, string owner) => Of([("id", id), ("owner", owner)]);
    public static Message RepostMissing(string id) => Of([("id", id)]);
    public static Message RepostOfRepost(string id) => Of([("id", id)]);

    // data/.
    public static Message StringMissingElsewhere(string key, string file, int line) => Of([("key", key), ("file", file), ("line", line)]);
    public static Message StringEmpty(string key) => Of([("key", key)]);
    public static Message StringMissing(string key) => Of([("key", key)]);
    public static Message StringMissingIn(string file, string key) => Of([("file", file), ("key", key)]);
    public static Message CodeLabelMissing(string key) => Of([("key", key)]);
    public static Message BadDivisor(string key, string pattern) => Of([("key", key), ("pattern", pattern)]);
    public static Message UnitFormsDivideDifferently(string key) => Of([("key", key)]);
    public static Message PluralFormMissing(string key, string form, IEnumerable<string> forms) => Of([("key", key), ("form", form), ("forms", forms.ToList())]);
    public static Message PluralFormUnused(string key, string form, IEnumerable<string> forms) => Of([("key", key), ("form", form), ("forms", forms.ToList())]);
    public static Message NotUrl(string field, string value) => Of([("field", field), ("value", value)]);
    public static Message NotTelephone(string value) => Of([("value", value)]);
    public static Message NotEmail(string value) => Of([("value", value)]);
    public static Message UnknownMessageLanguage(string value, IEnumerable<string> languages) => Of([("value", value), ("languages", languages.ToList())]);
    public static Message UnknownCalendar(string value) => Of([("value", value)]);
    public static Message NotLanguageTag(string field, string value) => Of([("field", field), ("value", value)]);
    public static Message UnknownCulture(string value) => Of([("value", value)]);
    public static Message LanguageTwice(string code) => Of([("code", code)]);
    public static Message NotTrueOrFalse(string field, string value) => Of([("field", field), ("value", value)]);
    public static Message OneSourceLanguage() => Of();
    public static Message NoStatusCodes(string axis) => Of([("axis", axis)]);
    public static Message ContinuesUnknown(string id, int year, IEnumerable<string> reports) => Of([("id", id), ("year", year), ("reports", reports.ToList())]);
    public static Message ContinuesNoYear(string id, int year) => Of([("id", id), ("year", year)]);
    public static Message ReportSameYearAndStage(string twin, int year, string stage) => Of([("twin", twin), ("year", year), ("stage", stage)]);
    public static Message MunicipalityCode(string code) => Of([("code", code)]);
    public static Message MunicipalityCheckDigit(string code, string correct) => Of([("code", code), ("correct", correct)]);
    public static Message FormerReportUnknown(string id, IEnumerable<string> reports) => Of([("id", id), ("reports", reports.ToList())]);
    public static Message UnknownAxis(string axis, IEnumerable<string> axes) => Of([("axis", axis), ("axes", axes.ToList())]);
    public static Message AxisTwice(string axis, string stage) => Of([("axis", axis), ("stage", stage)]);
    public static Message StatusCodeTwice(string code, string axis) => Of([("code", code), ("axis", axis)]);
    public static Message AxisDiffers(string axis, string stage, string firstStage, string codes) => Of([("axis", axis), ("stage", stage), ("firstStage", firstStage), ("codes", codes)]);
    public static Message StageHasNoStatus(string stage) => Of([("stage", stage)]);
    public static Message UnknownTone(string tone, IEnumerable<string> tones) => Of([("tone", tone), ("tones", tones.ToList())]);
    public static Message NoUnits() => Of();
    public static Message UnknownStage(string stage) => Of([("stage", stage)]);
    public static Message ReportDateNotMonth(string text) => Of([("text", text)]);
    public static Message ReportUpdatedNotDate(string text) => Of([("text", text)]);
    public static Message ReportDateAfterToday(string field, string day, string today) => Of([("field", field), ("day", day), ("today", today)]);
    public static Message NotTranslatableReport(string report) => Of([("report", report)]);
    public static Message UnknownTargetsHeading(string value) => Of([("value", value)]);
    public static Message NotSlug(string id) => Of([("id", id)]);
    public static Message ChallengeTwice(string id) => Of([("id", id)]);
    public static Message StrategyTwice(string id) => Of([("id", id)]);
    public static Message NotTranslatablePlan(string plan) => Of([("plan", plan)]);
    public static Message UnknownChallenge(string id, string plan, IEnumerable<string> known) => Of([("id", id), ("plan", plan), ("known", known.ToList())]);
    public static Message NoReports() => Of();
    public static Message DraftLacks(Message text) => Of([("text", text)]);
    public static Message DraftWarns(Message text) => Of([("text", text)]);
    public static Message ReportPlaceholderLeft(Message field, string text) => Of([("field", field), ("text", text)]);
    public static Message DraftReportLacks(Message text) => Of([("text", text)]);
    public static Message NothingPublished() => Of();
    public static Message BadReportFolder(string id) => Of([("id", id)]);
    public static Message ReportIdNotFolder(string id, string folder) => Of([("id", id), ("folder", folder)]);
    public static Message NotAReportFolder(string folder, IEnumerable<string> reports) => Of([("folder", folder), ("reports", reports.ToList())]);
    public static Message StrategyNotUnderChallenge(string strategy, string challenge, string plan) => Of([("strategy", strategy), ("challenge", challenge), ("plan", plan)]);

    // Links and the site plan.
    public static Message TextTooDeep(string detail) => Of([("detail", detail)]);
    public static Message ImageNotAllowed(string url) => Of([("url", url)]);
    public static Message LinkEmpty() => Of();
    public static Message LinkSchemeNotAllowed(string url) => Of([("url", url)]);
    public static Message LinkNoScheme(string url) => Of([("url", url)]);
    public static Message LinkSamePage(string url) => Of([("url", url)]);
    public static Message LinkNoPage(string url) => Of([("url", url)]);
    public static Message LinkNoSection(string url, string path) => Of([("url", url), ("path", path)]);
    public static Message LinkNotContent(string url, string file) => Of([("url", url), ("file", file)]);
    public static Message LinkNoFile(string url) => Of([("url", url)]);
    public static Message LinkNoFragment(string url, string fragment, string file) => Of([("url", url), ("fragment", fragment), ("file", file)]);
    public static Message WrittenTwice(string path, string first, string firstType, string other, string otherType) => Of([("path", path), ("first", first), ("firstType", firstType), ("other", other), ("otherType", otherType)]);
    public static Message ReservedAddress(string slug, string address) => Of([("slug", slug), ("address", address)]);
    public static Message FragmentMissingHere(string link) => Of([("link", link)]);
    public static Message FragmentMissing(string link, string target) => Of([("link", link), ("target", target)]);
    public static Message FragmentNotPage(string link) => Of([("link", link)]);
    public static Message EmptyAddress() => Of();
    public static Message OutsideBasePath(string link, string basePath) => Of([("link", link), ("basePath", basePath)]);
    public static Message LinkToNothing(string link) => Of([("link", link)]);

    // The theme.
    public static Message LayoutsMissing() => Of();
    public static Message BlocksTooDeep(int max) => Of([("max", max)]);
    public static Message RangeTooLarge(string range, string max) => Of([("range", range), ("max", max)]);
    public static Message TemplateSyntax(string detail) => Of([("detail", detail)]);
    public static Message TemplateMissing(string file) => Of([("file", file)]);
    public static Message UnknownMember(string member, string type, IEnumerable<string> members) => Of([("member", member), ("type", type), ("members", members.ToList())]);
    public static Message TooManySteps(string max) => Of([("max", max)]);
    public static Message NotRendered(string page, Message reason) => Of([("page", page), ("reason", reason)]);
    public static Message NotRenderedWithOthers(string page, int others, Message reason) => Of([("page", page), ("others", others), ("reason", reason)]);

    // The output folder.
    public static Message FilesUnwritten(int count, string first, string detail) => Of([("count", count), ("first", first), ("detail", detail)]);
    public static Message NoOutput() => Of();
    public static Message BadOutputName(string output, string detail) => Of([("output", output), ("detail", detail)]);
    public static Message OutputIsFile(string target) => Of([("target", target)]);
    public static Message OutputIsLink(string target) => Of([("target", target)]);
    public static Message OutputHoldsSources(string target) => Of([("target", target)]);
    public static Message OutputInsideSources(string target, string source) => Of([("target", target), ("source", source)]);
    public static Message OutputNotBuild(string target, string marker) => Of([("target", target), ("marker", marker)]);
    public static Message OutputUnreadable(string output, string detail) => Of([("output", output), ("detail", detail)]);
    public static Message OutputUnprepared(string target, string detail) => Of([("target", target), ("detail", detail)]);
    public static Message OutputNotSwapped(string target, string detail) => Of([("target", target), ("detail", detail)]);
    public static Message SearchNotInstalled() => Of();
    public static Message SearchFailed(Message exit, string detail) => Of([("exit", exit), ("detail", detail)]);
    public static Message SearchNotStarted(string detail) => Of([("detail", detail)]);
    public static Message SearchStoppedAfter() => Of();
    public static Message InstallingTools(string folder) => Of([("folder", folder)]);
    public static Message FormNotInstalled() => Of();
    public static Message FormEntryMissing(string file) => Of([("file", file)]);
    public static Message FormFailed(Message exit, string detail) => Of([("exit", exit), ("detail", detail)]);
    public static Message FormNotStarted(string detail) => Of([("detail", detail)]);
    public static Message FormStoppedAfter() => Of();

    // Commands.
    public static Message Built(int files, int initiatives, int languages, string folder) => Of([("files", files), ("initiatives", initiatives), ("languages", languages), ("folder", folder)]);
    public static Message NoErrors(int initiatives, int strategies, int languages) => Of([("initiatives", initiatives), ("strategies", strategies), ("languages", languages)]);
    public static Message ErrorCount(int count) => Of([("count", count)]);
    public static Message PortBusy(int port, string detail, int next) => Of([("port", port), ("detail", detail), ("next", next)]);
    public static Message Previewing(string address) => Of([("address", address)]);
    public static Message Stopped() => Of();
    public static Message RebuiltEverything(string time, int files, string ms) => Of([("time", time), ("files", files), ("ms", ms)]);
    public static Message RebuiltChanged(string time, int files, string ms) => Of([("time", time), ("files", files), ("ms", ms)]);
    public static Message PreviewErrors(string time, int count) => Of([("time", time), ("count", count)]);
    public static Message RebuildFailed(string detail) => Of([("detail", detail)]);
    public static Message NewWrote(string path) => Of([("path", path)]);
    public static Message SchemasWritten(int count, string folder) => Of([("count", count), ("folder", folder)]);
    public static Message NewNoTitle() => Of();
    public static Message NewDataErrors() => Of();
    public static Message NewUnknownStrategy(string strategy, string plan, IEnumerable<string> strategies) => Of([("strategy", strategy), ("plan", plan), ("strategies", strategies.ToList())]);
    public static Message NewNotAnId(string id, string plan, string example) => Of([("id", id), ("plan", plan), ("example", example)]);
    public static Message NewUnknownReport(string id, IEnumerable<string> reports) => Of([("id", id), ("reports", reports.ToList())]);
    public static Message NewReportExists(string id) => Of([("id", id)]);
    public static Message NewReportWrote(string id, int files) => Of([("id", id), ("files", files)]);
    public static Message NewExists(string path) => Of([("path", path)]);
    public static Message CommandLineWrong(IEnumerable<string> detail, string command) => Of([("detail", detail.ToList()), ("command", command)]);
    public static Message Unexpected(string type, string detail) => Of([("type", type), ("detail", detail)]);
    public static Message BaseUnreadableGit(string revision, string detail) => Of([("revision", revision), ("detail", detail)]);
    public static Message BaseHasErrors(string revision) => Of([("revision", revision)]);
    public static Message BaseUnreadable(string revision, string detail) => Of([("revision", revision), ("detail", detail)]);

    // The summary of a pull request's check.
    public static Message SummaryTitle() => Of();
    public static Message SummaryNoErrors(int initiatives, int strategies) => Of([("initiatives", initiatives), ("strategies", strategies)]);
    public static Message SummaryNoErrorsNoModel() => Of();
    public static Message SummaryErrors(int count) => Of([("count", count)]);
    public static Message SummaryWarnings(int count) => Of([("count", count)]);
    public static Message SummaryKind() => Of();
    public static Message SummaryFile() => Of();
    public static Message SummaryLine() => Of();
    public static Message SummaryMessage() => Of();
    public static Message SummaryError() => Of();
    public static Message SummaryWarning() => Of();
    public static Message SummaryChangesTitle() => Of();
    public static Message SummaryNotCompared(Message problem) => Of([("problem", problem)]);
    public static Message SummaryNothingChanges() => Of();
    public static Message SummaryNoInitiativeChanges() => Of();
    public static Message SummaryInitiative() => Of();
    public static Message SummaryStatus() => Of();
    public static Message SummaryTexts() => Of();
    public static Message SummaryOthers() => Of();
    public static Message SummaryNoBase() => Of();
    public static Message SummaryChangeHasErrors() => Of();
    public static Message ChangeNew() => Of();
    public static Message ChangeRemoved() => Of();
    public static Message ItemsAdded(Message what, int count) => Of([("what", what), ("count", count)]);
    public static Message ItemsRemoved(Message what, int count) => Of([("what", what), ("count", count)]);
    public static Message TextChanged(Message what) => Of([("what", what)]);
    public static Message TextChangedTranslationKept(Message what, IEnumerable<string> languages) => Of([("what", what), ("languages", languages.ToList())]);
    public static Message TranslationChanged(Message what, IEnumerable<string> languages) => Of([("what", what), ("languages", languages.ToList())]);
    public static Message TheTitle() => Of();
    public static Message TheAchievements() => Of();
    public static Message TheTargetsNote() => Of();
    public static Message TheTargets() => Of();
    public static Message TheNarrative() => Of();
    public static Message ThresholdsChanged() => Of();
    public static Message PageAdded(string title) => Of([("title", title)]);
    public static Message PageChanged(string title) => Of([("title", title)]);
    public static Message PageRemoved(string title) => Of([("title", title)]);
    public static Message ChallengeAdded(string id, string title) => Of([("id", id), ("title", title)]);
    public static Message ChallengeRenamed(string id) => Of([("id", id)]);
    public static Message StrategyAdded(string id, string title) => Of([("id", id), ("title", title)]);
    public static Message StrategyRenamed(string id) => Of([("id", id)]);
    public static Message ReportRenamed(string report) => Of([("report", report)]);
    public static Message ReportAdded(string report) => Of([("report", report)]);
    public static Message ReportPublished(string report) => Of([("report", report)]);

    // The preview's page while the content has errors.
    public static Message PreviewPageTitle(int count) => Of([("count", count)]);
    public static Message PreviewPageHeading(int count) => Of([("count", count)]);
    public static Message PreviewPageHint() => Of();

    // The table of messages in the editing guide.
    public static Message GuideLegend() => Of();
    public static Message GuideColumn() => Of();
    public static Message GuideNoPlace(string file, string start, string end) => Of([("file", file), ("start", start), ("end", end)]);

    // The command line's help.
    public static Message HelpProgram() => Of();
    public static Message HelpRoot() => Of();
    public static Message HelpFormat() => Of();
    public static Message HelpLang() => Of();
    public static Message HelpBasePath() => Of();
    public static Message HelpBuild() => Of();
    public static Message HelpOutput() => Of();
    public static Message HelpSiteUrl() => Of();
    public static Message HelpTimings() => Of();
    public static Message HelpNoSearch() => Of();
    public static Message HelpNoForm() => Of();
    public static Message HelpDrafts() => Of();
    public static Message HelpCheck() => Of();
    public static Message HelpBase() => Of();
    public static Message HelpPreview() => Of();
    public static Message HelpPort() => Of();
    public static Message HelpNew() => Of();
    public static Message HelpNewId() => Of();
    public static Message HelpNewTitle() => Of();
    public static Message HelpNewReport() => Of();
    public static Message HelpNewReportCommand() => Of();
    public static Message HelpNewReportId() => Of();
    public static Message HelpFiscalYear() => Of();
    public static Message HelpStage() => Of();
    public static Message HelpFrom() => Of();
    public static Message HelpSchemas() => Of();
    public static Message HelpSchemasOutput() => Of();
    public static Message HelpMessages() => Of();
    public static Message HelpGuide() => Of();
}
