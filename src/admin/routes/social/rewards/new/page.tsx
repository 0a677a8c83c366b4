import { Container, Heading, Toaster } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { RuleForm } from "../../../../components/rewards/rule-form"

const NewRewardRulePage = () => {
  const navigate = useNavigate()
  return (
    <Container className="divide-y p-0">
      <Toaster />
      <div className="px-6 py-4">
        <Heading level="h1">New reward rule</Heading>
      </div>
      <RuleForm rule={null} onSaved={(r) => navigate(`/social/rewards/${r.id}`)} />
    </Container>
  )
}

export default NewRewardRulePage
