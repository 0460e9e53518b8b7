import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-muted">It may not exist, or you may not have access to it.</p>
      <Link href="/" className="mt-6 font-semibold text-brand-800 underline">
        Go to the home page
      </Link>
    </main>
  );
}
