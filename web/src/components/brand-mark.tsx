/** The BinhDang mark (same drawing as web/public/favicon.svg), decorative next to the name. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#1d54a8" />
      <path
        d="M9 8h8.2c3.5 0 5.6 1.7 5.6 4.4 0 1.8-1 3.1-2.6 3.6 2 .5 3.3 2 3.3 4.1 0 3-2.3 4.9-6 4.9H9V8zm4 6.7h3.5c1.5 0 2.3-.7 2.3-1.9s-.8-1.8-2.3-1.8H13v3.7zm0 6.9h3.9c1.6 0 2.5-.7 2.5-2s-.9-2-2.5-2H13v4z"
        fill="#fff"
      />
    </svg>
  );
}
