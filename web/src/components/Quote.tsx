/**
 * One statement as a reader checks it: what kind it is (a quotation, in quotation marks, or
 * the article's account of a claim, without them; relayed by whom), the words as given (right
 * to left for Persian), the English translation beside them, who said it, and each article
 * that reports it (outlet, date, title) with the verbatim excerpt, leading to the evidence
 * panel and the article's page.
 */
import type { QuoteWithSourcesFragment, SourceCitationFragment } from "../__generated__/graphql.ts";
import { formatDate } from "../dates.ts";
import { href, hrefForId } from "../route.ts";
import { directionOf } from "../text.ts";
import { EvidenceButton, StatementText, statementKind } from "./Evidence.tsx";

/** The other parties of a joint act (one statement per party), where a page asks for them. */
type JointWith = {
  jointWith?: Array<{ id: string; speaker: { id: string; name: string } | null }>;
};

/** A citation: the article's date where the page asked for it (not inside a meeting's quotes). */
type Citation = Omit<SourceCitationFragment, "article"> & {
  article: Omit<SourceCitationFragment["article"], "published"> &
    Partial<Pick<SourceCitationFragment["article"], "published">>;
};

type QuoteStatement = Omit<QuoteWithSourcesFragment, "sources"> & { sources: Citation[] };

export function Quote({
  statement,
  dateLabel,
}: {
  statement: QuoteStatement & JointWith;
  dateLabel?: string;
}) {
  const partners = (statement.jointWith ?? []).flatMap((other) =>
    other.speaker ? [other.speaker] : [],
  );
  return (
    <article className={`quote kind-${statement.kind.toLowerCase()}`} data-statement={statement.id}>
      <p className="fact-kind">{statementKind(statement)}</p>
      <StatementText statement={statement} />
      <p className="attribution">
        {statement.speaker ? (
          <a href={hrefForId(statement.speaker.id)}>{statement.speaker.name}</a>
        ) : (
          "Unattributed"
        )}
        {partners.length > 0 && (
          <span className="joint">
            {" "}
            jointly with{" "}
            {partners.map((partner, index) => (
              <span key={partner.id}>
                {index > 0 && ", "}
                <a href={hrefForId(partner.id)}>{partner.name}</a>
              </span>
            ))}
          </span>
        )}
        {dateLabel && <span className="date"> · {dateLabel}</span>}{" "}
        <EvidenceButton
          request={{ kind: "fact", id: statement.id }}
          description={statement.translation ?? statement.text}
        />
      </p>
      <Sources sources={statement.sources} />
    </article>
  );
}

/** Each article that reports a fact: the excerpt, then outlet, date and title (its page). */
export function Sources({
  sources,
  factId,
}: {
  sources: Citation[];
  /** The fact they report, when the list should offer its evidence panel itself. */
  factId?: string;
}) {
  if (sources.length === 0) return null;
  return (
    <ul className="sources" aria-label="Sources">
      {sources.map((source) => (
        <li key={`${source.article.id}:${source.excerpt}`} className="source">
          {/* Verbatim, with the article's own quotation marks: no marks of ours added. */}
          <span
            lang={source.article.language}
            dir={directionOf(source.article.language)}
            className="excerpt"
          >
            {source.excerpt}
          </span>{" "}
          <cite>
            {source.article.outlet}
            {source.article.published && `, ${formatDate(source.article.published)}`}:{" "}
            <a href={href({ view: "article", id: source.article.id })}>{source.article.title}</a>
            {source.article.titleSupplied && <span className="supplied"> (title supplied)</span>}
          </cite>
          {factId && (
            <>
              {" "}
              <EvidenceButton
                request={{ kind: "fact", id: factId }}
                description={`${source.article.outlet}: ${source.article.title}`}
              />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
