/** A screen someone may not use: its title, and what they may do instead, in place of its controls. */
export function NotPermittedPage({ title, message }: { title: string; message: string }) {
  return (
    <article className="page">
      <h2 className="page__title">{title}</h2>
      <p className="status">{message}</p>
    </article>
  );
}
