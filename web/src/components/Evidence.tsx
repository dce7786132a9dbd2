/**
 * The evidence panel (issue 21): any line of the network, position, quote or event opens the
 * articles that report it, each with its outlet and date, the excerpt highlighted in the
 * article's own text, Persian right to left beside its translation, and the kind of the fact
 * stated: QUOTE (the speaker's words in quotation marks), REPORTED (the article's account of
 * a claim), CLAIMED (a position someone else says a person holds, by whom), VIA (words
 * relayed by an agency or an intermediary). A native modal <dialog>: focus moves into it,
 * Escape closes it and focus returns to what opened it. The Evidence and EvidenceBetween
 * operations.
 */
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
} from "react";
import { useQuery } from "urql";
import {
  type ActorSummaryFragment,
  EvidenceBetweenDocument,
  EvidenceDocument,
  type EvidenceMeetingFragment,
  type EvidenceSourceFragment,
  type EvidenceStatementFragment,
} from "../__generated__/graphql.ts";
import { formatDate } from "../dates.ts";
import { href, hrefForId } from "../route.ts";
import { directionOf, languageName } from "../text.ts";
import { QueryState } from "./QueryState.tsx";

export type EvidenceRequest =
  | { kind: "fact"; id: string }
  | { kind: "between"; actors: [string, string]; title: string };

const EvidenceContext = createContext<(request: EvidenceRequest) => void>(() => {});

/** Opens the evidence panel for a fact (a statement, meeting or position id) or a pair's meetings. */
export function useEvidence(): (request: EvidenceRequest) => void {
  return useContext(EvidenceContext);
}

export function EvidenceProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<EvidenceRequest | null>(null);
  const close = useCallback(() => setRequest(null), []);
  // A new view closes the panel.
  useEffect(() => {
    window.addEventListener("hashchange", close);
    return () => window.removeEventListener("hashchange", close);
  }, [close]);
  // A link to "#evidence/<id>" (a chart's marks are such links, so touch and keyboard reach
  // them) opens the panel instead of leaving the page.
  useEffect(() => {
    const follow = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a");
      const target = link?.getAttribute("href") ?? "";
      if (!target.startsWith("#evidence/")) return;
      event.preventDefault();
      setRequest({ kind: "fact", id: decodeURIComponent(target.slice("#evidence/".length)) });
    };
    document.addEventListener("click", follow);
    return () => document.removeEventListener("click", follow);
  }, []);
  return (
    <EvidenceContext.Provider value={setRequest}>
      {children}
      {request && (
        <EvidenceDialog
          key={request.kind === "fact" ? request.id : request.actors.join("|")}
          request={request}
          onClose={close}
        />
      )}
    </EvidenceContext.Provider>
  );
}

/** A small button that opens the evidence for a fact. */
export function EvidenceButton({
  request,
  label = "Evidence",
  description,
}: {
  request: EvidenceRequest;
  label?: string;
  /** What the evidence is for, for screen readers ("Evidence for: …"). */
  description: string;
}) {
  const open = useEvidence();
  return (
    <button
      type="button"
      className="evidence-button"
      onClick={() => open(request)}
      aria-label={`${label}: ${description}`}
      aria-haspopup="dialog"
    >
      {label}
    </button>
  );
}

function EvidenceDialog({ request, onClose }: { request: EvidenceRequest; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    const closed = () => onClose();
    element.addEventListener("close", closed);
    return () => element.removeEventListener("close", closed);
  }, [onClose]);
  const [fact] = useQuery({
    query: EvidenceDocument,
    variables: { id: request.kind === "fact" ? request.id : "" },
    pause: request.kind !== "fact",
  });
  const [between] = useQuery({
    query: EvidenceBetweenDocument,
    variables: { actors: request.kind === "between" ? request.actors : [] },
    pause: request.kind !== "between",
  });
  const result = request.kind === "fact" ? fact : between;
  const node = fact.data?.node;
  return (
    <dialog
      ref={dialog}
      className="evidence"
      aria-labelledby="evidence-heading"
      data-ready={result.fetching ? undefined : "true"}
    >
      <div className="evidence-inner">
        <header className="evidence-header">
          <h2 id="evidence-heading">
            Evidence
            {request.kind === "between" && <span className="evidence-for">: {request.title}</span>}
          </h2>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </header>
        <QueryState fetching={result.fetching} error={result.error} what="the evidence" />
        {request.kind === "fact" && fact.data && !node && <p>Nothing has the id {request.id}.</p>}
        {node?.__typename === "Statement" && <StatementEvidence statement={node} />}
        {node?.__typename === "Meeting" && <MeetingEvidence meeting={node} />}
        {node?.__typename === "Position" && (
          <section className="fact">
            <p className="fact-kind">
              {node.claimedBy ? (
                <>
                  <span className="badge badge-claimed">Claimed</span> by{" "}
                  <a href={hrefForId(node.claimedBy.id)}>{node.claimedBy.name}</a>: a claim the
                  articles report, not a fact they assert
                </>
              ) : (
                <>
                  <span className="badge">Position</span> as the articles state it
                </>
              )}
            </p>
            <h3>
              <a href={hrefForId(node.holder.id)}>{node.holder.name}</a>: {node.title}
              {node.of && (
                <>
                  , <a href={hrefForId(node.of.id)}>{node.of.name}</a>
                </>
              )}
            </h3>
            {(node.from || node.to) && (
              <p className="date">
                Shown held {node.from ? `from ${formatDate(node.from)}` : ""}
                {node.to ? ` to ${formatDate(node.to)}` : ""}
                {node.current === false && " (former)"}
              </p>
            )}
            {node.claim && (
              <>
                <h4>The claim</h4>
                <StatementEvidence statement={node.claim} claimedBy={node.claimedBy} />
              </>
            )}
            {!node.claim && <SourceList sources={node.sources} />}
          </section>
        )}
        {request.kind === "between" && between.data && (
          <>
            <p>
              {between.data.meetings.totalCount}{" "}
              {between.data.meetings.totalCount === 1 ? "meeting" : "meetings"} both took part in
              {between.data.meetings.totalCount > between.data.meetings.edges.length &&
                ` (the first ${between.data.meetings.edges.length})`}
              .
            </p>
            {between.data.meetings.edges.map(({ node: meeting }) => (
              <MeetingEvidence key={meeting.id} meeting={meeting} />
            ))}
          </>
        )}
      </div>
    </dialog>
  );
}

/** What kind of statement this is, in words a reader checks it by. */
export function statementKind(
  statement: Pick<EvidenceStatementFragment, "kind" | "relayedBy">,
  claimedBy?: ActorSummaryFragment | null,
) {
  return (
    <>
      {claimedBy ? (
        <>
          <span className="badge badge-claimed">Claimed</span> by{" "}
          <a href={hrefForId(claimedBy.id)}>{claimedBy.name}</a>
        </>
      ) : statement.kind === "QUOTE" ? (
        <>
          <span className="badge badge-quote">Quote</span> the speaker's words, in quotation marks
        </>
      ) : (
        <>
          <span className="badge badge-reported">Reported</span> the article's account, not a
          quotation
        </>
      )}
      {statement.relayedBy && (
        <>
          {" "}
          · <span className="badge badge-via">Via</span>{" "}
          <a href={hrefForId(statement.relayedBy.id)}>{statement.relayedBy.name}</a>
        </>
      )}
    </>
  );
}

function StatementEvidence({
  statement,
  claimedBy,
}: {
  statement: EvidenceStatementFragment;
  claimedBy?: ActorSummaryFragment | null;
}) {
  const who = statement.speaker ?? statement.onBehalfOf;
  return (
    <section className="fact" data-statement={statement.id}>
      <p className="fact-kind">{statementKind(statement, claimedBy)}</p>
      <StatementText statement={statement} />
      <p className="attribution">
        {who ? <a href={hrefForId(who.id)}>{who.name}</a> : "Unattributed"}
        {statement.speaker && statement.onBehalfOf && (
          <>
            {" "}
            for <a href={hrefForId(statement.onBehalfOf.id)}>{statement.onBehalfOf.name}</a>
          </>
        )}
        {statement.jointWith.length > 0 && (
          <>
            {" "}
            jointly with{" "}
            {statement.jointWith
              .flatMap((other) => (other.speaker ? [other.speaker] : []))
              .map((speaker, index) => (
                <span key={speaker.id}>
                  {index > 0 && ", "}
                  <a href={hrefForId(speaker.id)}>{speaker.name}</a>
                </span>
              ))}
          </>
        )}
        <span className="date"> · {formatDate(statement.date)}</span>
      </p>
      <SourceList sources={statement.sources} translation={statement.translation} />
    </section>
  );
}

function MeetingEvidence({ meeting }: { meeting: EvidenceMeetingFragment }) {
  return (
    <section className="fact" data-meeting={meeting.id}>
      <p className="fact-kind">
        <span className="badge">Meeting</span> {meeting.status.toLowerCase()}
      </p>
      <h3>
        <a href={href({ view: "meeting", id: meeting.id })}>{meeting.title}</a>
      </h3>
      <p className="date">{formatDate(meeting.date)}</p>
      {meeting.participants.length > 0 && (
        <ul className="participants">
          {meeting.participants.map((participant) => (
            <li key={participant.person.id}>
              <a href={hrefForId(participant.person.id)}>{participant.person.name}</a>
              {participant.role && `, ${participant.role}`}
              {participant.representing && (
                <>
                  {" "}
                  for{" "}
                  <a href={hrefForId(participant.representing.id)}>
                    {participant.representing.name}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <SourceList sources={meeting.sources} />
    </section>
  );
}

function SourceList({
  sources,
  translation,
}: {
  sources: EvidenceSourceFragment[];
  translation?: string | null;
}) {
  if (sources.length === 0) return <p>No article on record reports it.</p>;
  return (
    <ol className="evidence-sources" aria-label="Reported by">
      {sources.map((source) => (
        <li key={`${source.article.id}:${source.excerpt}`}>
          <SourceInArticle source={source} translation={translation} />
        </li>
      ))}
    </ol>
  );
}

/** "Iran Focus · 31 May 2007 · U.S.'s Crocker gives details…" with the supplied-title mark. */
export function ArticleLine({
  article,
}: {
  article: Pick<
    EvidenceSourceFragment["article"],
    "id" | "title" | "titleSupplied" | "outlet" | "published"
  > & { publishedText?: string | null };
}) {
  return (
    <>
      <span className="outlet">{article.outlet}</span>
      {" · "}
      <span className="published">
        {article.published
          ? formatDate(article.published)
          : article.publishedText
            ? `dated only “${article.publishedText}”`
            : "no date given"}
      </span>
      {" · "}
      <a href={href({ view: "article", id: article.id })}>{article.title}</a>
      {article.titleSupplied && (
        <span className="supplied" title="The article has no headline of its own">
          {" "}
          (title supplied)
        </span>
      )}
    </>
  );
}

function SourceInArticle({
  source,
  translation,
}: {
  source: EvidenceSourceFragment;
  translation?: string | null | undefined;
}) {
  const { article } = source;
  const direction = directionOf(article.language);
  const passage = article.text ? inContext(article.text, source.excerpt) : null;
  return (
    <article className="source-in-article">
      <p className="article-line">
        <ArticleLine article={article} />
      </p>
      <div
        className={
          translation && direction === "rtl" ? "excerpt-pair with-translation" : "excerpt-pair"
        }
      >
        <blockquote
          className="article-text"
          lang={article.language}
          dir={direction}
          cite={hrefForId(article.id)}
          aria-label={`From “${article.title}”, the excerpt highlighted`}
        >
          {passage ? (
            <>
              {passage.before}
              <mark>{source.excerpt}</mark>
              {passage.after}
            </>
          ) : (
            <mark>{source.excerpt}</mark>
          )}
        </blockquote>
        {translation && direction === "rtl" && (
          <p lang="en" dir="ltr" className="translation">
            <span className="label">Translation of the statement: </span>
            {translation}
          </p>
        )}
      </div>
    </article>
  );
}

/**
 * The excerpt in its place: the paragraph it is in, with the paragraphs either side ("…"
 * where the article goes on); null when the text does not contain it.
 */
export function inContext(text: string, excerpt: string): { before: string; after: string } | null {
  const at = text.indexOf(excerpt);
  if (at < 0 || !excerpt) return null;
  const end = at + excerpt.length;
  // Paragraph starts: after each run of line breaks.
  const breaks = [...text.matchAll(/\n+/g)].map((m) => ({
    from: m.index,
    to: m.index + m[0].length,
  }));
  const before = breaks.filter((b) => b.to <= at);
  const after = breaks.filter((b) => b.from >= end);
  // One paragraph before the excerpt's own, and one after.
  const from = before.length >= 2 ? (before.at(-2)?.to ?? 0) : 0;
  const to = after.length >= 2 ? (after[1]?.from ?? text.length) : text.length;
  return {
    before: `${from > 0 ? "… " : ""}${text.slice(from, at)}`,
    after: `${text.slice(end, to)}${to < text.length ? " …" : ""}`,
  };
}

/**
 * A statement's words as given (right to left for Persian): a quotation in quotation marks,
 * the article's account of a claim without them; the English translation beside them.
 */
export function StatementText({
  statement,
}: {
  statement: { kind: string; text: string; language: string; translation?: string | null };
}) {
  const direction = directionOf(statement.language);
  return (
    <div className={statement.translation ? "quote-text with-translation" : "quote-text"}>
      {statement.kind === "QUOTE" ? (
        <blockquote lang={statement.language} dir={direction} className="original quoted">
          {statement.text}
        </blockquote>
      ) : (
        <p lang={statement.language} dir={direction} className="original reported">
          {statement.text}
        </p>
      )}
      {statement.translation && (
        <p lang="en" dir="ltr" className="translation">
          <span className="label">Translation from {languageName(statement.language)}: </span>
          {statement.translation}
        </p>
      )}
    </div>
  );
}
