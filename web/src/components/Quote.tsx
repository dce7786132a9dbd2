/**
 * One statement as a reader checks it: the words as said (right to left for Persian), the
 * English translation beside them, who said it, and each article that reports it with the
 * verbatim excerpt.
 */
import type { QuoteWithSourcesFragment } from "../__generated__/graphql.ts";
import { hrefForId } from "../route.ts";
import { directionOf, languageName } from "../text.ts";

/** The other parties of a joint act (one statement per party), where a page asks for them. */
type JointWith = {
  jointWith?: Array<{ id: string; speaker: { id: string; name: string } | null }>;
};

export function Quote({
  statement,
  dateLabel,
}: {
  statement: QuoteWithSourcesFragment & JointWith;
  dateLabel?: string;
}) {
  const partners = (statement.jointWith ?? []).flatMap((other) =>
    other.speaker ? [other.speaker] : [],
  );
  const direction = directionOf(statement.language);
  return (
    <article className="quote" data-statement={statement.id}>
      <div className={statement.translation ? "quote-text with-translation" : "quote-text"}>
        <blockquote lang={statement.language} dir={direction} className="original">
          {statement.text}
        </blockquote>
        {statement.translation && (
          <p lang="en" dir="ltr" className="translation">
            <span className="label">Translation from {languageName(statement.language)}: </span>
            {statement.translation}
          </p>
        )}
      </div>
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
        {dateLabel && <span className="date"> · {dateLabel}</span>}
      </p>
      <Sources sources={statement.sources} />
    </article>
  );
}

export function Sources({ sources }: { sources: QuoteWithSourcesFragment["sources"] }) {
  if (sources.length === 0) return null;
  return (
    <ul className="sources" aria-label="Sources">
      {sources.map((source) => (
        <li key={`${source.article.id}:${source.excerpt}`} className="source">
          {/* Verbatim, with the article's own quotation marks: no marks of ours added. */}
          <span dir="auto" className="excerpt">
            {source.excerpt}
          </span>{" "}
          <cite>
            {source.article.outlet ? `${source.article.outlet}: ` : ""}
            {source.article.title}
          </cite>
        </li>
      ))}
    </ul>
  );
}
