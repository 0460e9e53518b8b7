import { AppHeader } from "@/components/shell/app-header";
import { requireActorAllowingPasswordChange } from "@/lib/auth/guard";
import { unreadCount } from "@/lib/notification/data";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActorAllowingPasswordChange();
  const unread = await unreadCount(actor.userId);
  return (
    <>
      <AppHeader actor={actor} unread={unread} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
        {children}
      </main>
    </>
  );
}
