/** The next page of an infinite query, on request; gone once there is no more. */
export function LoadMoreButton({
  query,
  label,
  loadingLabel = label,
  className,
}: {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage(): Promise<unknown> };
  label: string;
  loadingLabel?: string;
  className: string;
}) {
  if (!query.hasNextPage) return null;
  return (
    <button
      type="button"
      className={className}
      disabled={query.isFetchingNextPage}
      onClick={() => void query.fetchNextPage()}
    >
      {query.isFetchingNextPage ? loadingLabel : label}
    </button>
  );
}
