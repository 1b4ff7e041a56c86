import { redirect } from "next/navigation";
import { homePath } from "@/lib/authz";
import { getCurrentUser } from "@/lib/session";

export default async function Home() {
  const user = await getCurrentUser();
  redirect(user ? homePath(user.role) : "/login");
}
